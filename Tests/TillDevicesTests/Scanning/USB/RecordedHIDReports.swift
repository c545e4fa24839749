/// Input reports as USB scanners send them, for the decoders and the emulated scanner.
enum RecordedHIDReports {
    /// A boot-keyboard scanner typing `4006381333931` and Enter: each key pressed, then released.
    static let ean13 = [
        "0000210000000000", "0000000000000000", // 4
        "0000270000000000", "0000000000000000", // 0
        "0000270000000000", "0000000000000000", // 0
        "0000230000000000", "0000000000000000", // 6
        "0000200000000000", "0000000000000000", // 3
        "0000250000000000", "0000000000000000", // 8
        "00001e0000000000", "0000000000000000", // 1
        "0000200000000000", "0000000000000000", // 3
        "0000200000000000", "0000000000000000", // 3
        "0000200000000000", "0000000000000000", // 3
        "0000260000000000", "0000000000000000", // 9
        "0000200000000000", "0000000000000000", // 3
        "00001e0000000000", "0000000000000000", // 1
        "0000280000000000", "0000000000000000", // Enter
    ].map(bytes(hex:))

    /// A key going down with `modifiers` held (0x02 left Shift, 0x20 right Shift, 0x01 left Ctrl).
    static func press(_ usages: UInt8..., modifiers: UInt8 = 0) -> [UInt8] {
        [modifiers, 0] + usages + [UInt8](repeating: 0, count: 6 - usages.count)
    }

    /// Every key up.
    static let release = [UInt8](repeating: 0, count: 8)

    /// An Access-IS HID POS report: ID 2, the data length, the AIM identifier, up to 56 data bytes,
    /// byte 61 a further symbology identifier, and bit 0 of byte 63 set when more data follows.
    static func accessIS(aim: String, data: ArraySlice<UInt8>, more: Bool) -> [UInt8] {
        var report = [UInt8](repeating: 0, count: 64)
        report[0] = 0x02
        report[1] = UInt8(data.count)
        report.replaceSubrange(2..<5, with: Array(aim.utf8))
        report.replaceSubrange(5..<5 + data.count, with: data)
        report[61] = UInt8(ascii: "s")
        report[63] = more ? 0x01 : 0x00
        return report
    }

    /// Bytes from hex text such as `1b40`.
    static func bytes(hex: String) -> [UInt8] {
        var digits = Substring(hex)
        var result: [UInt8] = []
        while digits.count >= 2 {
            result.append(UInt8(digits.prefix(2), radix: 16) ?? 0)
            digits = digits.dropFirst(2)
        }
        return result
    }

    /// Hex text of bytes, as the emulated scanner takes them.
    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }
}
