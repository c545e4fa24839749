public import TillDevices

/// Reads `printers/NAME.toml`, a printer profile: what one printer model understands, so receipts
/// come out right on it (columns, code page numbers, how it cuts, whether it answers status).
///
/// ```toml
/// version = 1
/// name = "Epson TM-m30III"
/// columns = 48
/// dots-per-line = 576
/// code-pages = ["cp437:0", "cp858:19", "cp850:2"]   # page:number as this model numbers it
/// cut = "gs-v-feed"                                 # gs-v, gs-v-feed, esc-i or none
/// feed-lines-before-cut = 0
/// reports-status = true
/// native-qr-code = true
/// star-code-pages = false
/// image-band-rows = 256
/// ```
public enum PrinterProfileFile {
    private static let name = SettingsKey(table: "", name: "name")
    private static let columns = SettingsKey(table: "", name: "columns")
    private static let dots = SettingsKey(table: "", name: "dots-per-line")
    private static let codePages = SettingsKey(table: "", name: "code-pages")
    private static let cut = SettingsKey(table: "", name: "cut")
    private static let feedLines = SettingsKey(table: "", name: "feed-lines-before-cut")
    private static let reportsStatus = SettingsKey(table: "", name: "reports-status")
    private static let nativeQR = SettingsKey(table: "", name: "native-qr-code")
    private static let starCodePages = SettingsKey(table: "", name: "star-code-pages")
    private static let bandRows = SettingsKey(table: "", name: "image-band-rows")
    private static let keys = [name, columns, dots, codePages, cut, feedLines, reportsStatus, nativeQR, starCodePages, bandRows]

    /// The profiles built into Till, by the name till.toml's `printer-profile` uses.
    public static let builtIn: [(name: String, profile: PrinterProfile)] = [
        ("generic-80mm", .generic80mm), ("generic-58mm", .generic58mm),
        ("epson-tm-t20iii", .epsonTMT20III), ("epson-tm-t20iii-42", .epsonTMT20III42Column),
    ]

    /// The profile in `text`; `file` names it in problems.
    public static func parse(_ text: String, file: String) throws(ConfigProblem) -> PrinterProfile {
        let document = try ConfigDocument(file: file, text: text)
        let root = SettingsTable(document: document, path: [], table: document.root)
        try root.rejectUnknownKeys(["version"] + keys.map(\.name))
        let title = try root.required(try root.string(name), name, "the printer model, shown on the test page")
        let columnCount = try root.required(try root.int(columns), columns, "characters per line: 32, 42, 48 or 56")
        let dotCount = try root.required(try root.int(dots), dots, "printable dots across the paper (384 for 58 mm, 576 for 80 mm)")
        let pages = try slots(try root.required(try root.strings(codePages), codePages,
                                                "the printer's code pages, such as [\"cp437:0\", \"cp858:19\"]"), root)
        let cutting = try cutCommand(root)
        let feed = try root.int(feedLines) ?? 4
        let status = try root.bool(reportsStatus) ?? false
        let qr = try root.bool(nativeQR) ?? true
        let star = try root.bool(starCodePages) ?? false
        let band = try root.int(bandRows) ?? 256
        do throws(EscPosError) {
            return try PrinterProfile(name: title, columns: columnCount, dotsPerLine: dotCount, codePages: pages, cut: cutting,
                                      feedLinesBeforeCut: feed, reportsStatus: status, nativeQRCode: qr,
                                      starCodePageCommand: star, imageBandRows: band)
        } catch {
            throw document.problem([], error.description)
        }
    }

    /// The profile called `name`: from the share directory's `printers/` when there is one, else built in.
    public static func profile(named name: String, in share: ShareDirectory?) throws(ConfigProblem) -> PrinterProfile {
        if let share { return try share.printerProfile(named: name) }
        return try builtIn(named: name, lookedFor: "printers/\(name).toml")
    }

    /// A built-in profile, or the problem that neither it nor `file` exists.
    static func builtIn(named profile: String, lookedFor file: String) throws(ConfigProblem) -> PrinterProfile {
        guard let match = builtIn.first(where: { $0.name == profile }) else {
            let names = builtIn.map(\.name).joined(separator: ", ")
            throw ConfigProblem(file: file, line: 0, keyPath: "",
                                message: "no printer profile called \(profile): write this file, or use a built-in one (\(names))")
        }
        return match.profile
    }

    /// `"cp858:19"` entries as slots, in the file's order.
    private static func slots(_ entries: [String], _ root: SettingsTable) throws(ConfigProblem) -> [CodePageSlot] {
        var slots: [CodePageSlot] = []
        for entry in entries {
            let parts = entry.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2, let page = CodePage(rawValue: parts[0].lowercased()), let number = UInt8(parts[1]) else {
                let pages = CodePage.allCases.map(\.rawValue).joined(separator: ", ")
                throw root.document.problem(codePages.path,
                                            "\"\(entry)\" is not page:number, with a page Till has (\(pages)) and a number 0-255")
            }
            slots.append(CodePageSlot(page, number))
        }
        return slots
    }

    private static func cutCommand(_ root: SettingsTable) throws(ConfigProblem) -> CutCommand {
        switch try root.string(cut) {
        case nil, "gs-v": return .gsV
        case "gs-v-feed": return .gsVFeed(extraDots: 0)
        case "esc-i": return .escI
        case "none": return CutCommand.none
        case let other?:
            throw root.document.problem(cut.path, "\"\(other)\" is not one of \"gs-v\", \"gs-v-feed\", \"esc-i\", \"none\"")
        }
    }
}
