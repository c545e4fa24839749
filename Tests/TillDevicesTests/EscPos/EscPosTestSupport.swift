import TillDevices

/// Bytes written the way hardware.md §1.3 writes them: hex pairs separated by spaces.
func hex(_ text: String) -> [UInt8] {
    text.split(separator: " ").map { UInt8($0, radix: 16)! }
}

/// `ESC @`, which every encoded document starts with.
let initialise: [UInt8] = [0x1B, 0x40]

/// A profile for tests, with python-escpos's six-line feed before `GS V` so its cut vectors apply.
func testProfile(codePages: [CodePageSlot] = [CodePageSlot(.cp437, 0), CodePageSlot(.cp858, 19)],
                 dotsPerLine: Int = 576, cut: CutCommand = .gsV, feedLinesBeforeCut: Int = 6,
                 nativeQRCode: Bool = true, star: Bool = false, imageBandRows: Int = 256) throws -> PrinterProfile {
    try PrinterProfile(name: "Test", columns: 48, dotsPerLine: dotsPerLine, codePages: codePages, cut: cut,
                       feedLinesBeforeCut: feedLinesBeforeCut, nativeQRCode: nativeQRCode,
                       starCodePageCommand: star, imageBandRows: imageBandRows)
}

/// The bytes of `blocks` encoded for `profile`.
func encode(_ blocks: [PrintBlock], profile: PrinterProfile? = nil) throws -> [UInt8] {
    try EscPosEncoder(profile: profile ?? testProfile()).encode(PrintDocument(blocks))
}

extension Array where Element == UInt8 {
    /// Whether `needle` occurs anywhere in these bytes.
    func contains(run needle: [UInt8]) -> Bool {
        guard needle.count <= count else { return false }
        return (0...(count - needle.count)).contains { Array(self[$0..<($0 + needle.count)]) == needle }
    }
}
