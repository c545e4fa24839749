import Foundation
import Testing
@testable import TillApp
import TillDevices

@Suite struct PrinterProfileFileTests {
    let check = ConfigCheck(shippedThemes: [])

    @Test func theShippedProfilesLoadAndMatchTheirModel() throws {
        let files = RepositoryFiles.files(in: "printers")
        #expect(!files.isEmpty)
        #expect(check.problems(in: files) == [])
        let path = try #require(files.first { $0.hasSuffix("epson-tm-m30iii.toml") })
        let profile = try PrinterProfileFile.parse(try String(contentsOfFile: path, encoding: .utf8), file: path)
        #expect(profile.columns == 48 && profile.dotsPerLine == 576 && profile.reportsStatus)
        #expect(profile.codePages.first { $0.codePage == .cp858 }?.number == 19)
        #expect(profile.cut == .gsVFeed(extraDots: 0))
    }

    @Test func aProfileNeedsOnlyItsNameWidthAndCodePages() throws {
        let profile = try PrinterProfileFile.parse("""
            version = 1
            name = "Kiosk 58"
            columns = 32
            dots-per-line = 384
            code-pages = ["cp437:0", "CP1252:16"]
            """, file: "printers/kiosk.toml")

        #expect(profile.codePages == [CodePageSlot(.cp437, 0), CodePageSlot(.cp1252, 16)])
        #expect(profile.cut == .gsV && profile.feedLinesBeforeCut == 4 && !profile.reportsStatus && profile.nativeQRCode)
    }

    struct Mistake: CustomTestStringConvertible, Sendable {
        let line: String
        let lineNumber: Int
        let keyPath: String
        let message: String
        var testDescription: String { message }
    }

    static let mistakes = [
        Mistake(line: "code-pages = [\"cp999:3\"]", lineNumber: 5, keyPath: "code-pages",
                message: "\"cp999:3\" is not page:number, with a page Till has (cp437, cp850, cp858, cp866, cp1252) and a number 0-255"),
        Mistake(line: "cut = \"guillotine\"", lineNumber: 6, keyPath: "cut",
                message: "\"guillotine\" is not one of \"gs-v\", \"gs-v-feed\", \"esc-i\", \"none\""),
        Mistake(line: "paper = 80", lineNumber: 6, keyPath: "paper",
                message: "unknown key (the top level has version, name, columns, dots-per-line, code-pages, cut, "
                    + "feed-lines-before-cut, reports-status, native-qr-code, star-code-pages, image-band-rows)"),
        Mistake(line: "reports-status = \"yes\"", lineNumber: 6, keyPath: "reports-status", message: "must be true or false"),
    ]

    @Test(arguments: mistakes)
    func mistakesNameTheLineAndKey(_ mistake: Mistake) throws {
        var lines = ["version = 1", "name = \"Kiosk\"", "columns = 48", "dots-per-line = 576", "code-pages = [\"cp437:0\"]"]
        if mistake.lineNumber == 5 { lines[4] = mistake.line } else { lines.append(mistake.line) }
        let path = try RepositoryFiles.temporaryFile("printers/kiosk.toml", lines.joined(separator: "\n"))

        #expect(check.problems(in: [path]) == [ConfigProblem(file: path, line: mistake.lineNumber, keyPath: mistake.keyPath,
                                                             message: mistake.message)])
    }

    @Test func valuesThePrinterCannotTakeAreRefusedInTheEncodersWords() throws {
        let path = try RepositoryFiles.temporaryFile("printers/wide.toml", """
            version = 1
            name = "Wide"
            columns = 80
            dots-per-line = 576
            code-pages = ["cp437:0"]
            """)

        let problems = check.problems(in: [path])
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("80") == true)
    }

    @Test func anUnknownProfileNameListsTheBuiltInOnes() {
        #expect(throws: ConfigProblem(file: "printers/tm-t99.toml", line: 0, keyPath: "",
                                      message: "no printer profile called tm-t99: write this file, or use a built-in one "
                                        + "(generic-80mm, generic-58mm, epson-tm-t20iii, epson-tm-t20iii-42)")) {
            try PrinterProfileFile.builtIn(named: "tm-t99", lookedFor: "printers/tm-t99.toml")
        }
    }
}
