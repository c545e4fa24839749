/// A grapheme's UTF-8 bytes stored inline in two words, so cells copy and compare without
/// reference counting — the diff of a full frame is then a plain memory scan.
///
/// Up to 15 bytes fit (the length lives in the top byte of `high`); a longer cluster, such as an
/// emoji family joined by ZWJ, keeps as many whole scalars as fit, which draws its first emoji.
struct PackedGrapheme: Sendable, Hashable {
    private var low: UInt64
    private var high: UInt64

    static let space = PackedGrapheme(ascii: 0x20)

    init(ascii byte: UInt8) {
        self.init(low: UInt64(byte), high: 1 << 56)
    }

    private init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    init(_ character: Character) {
        if let ascii = character.asciiValue, character.utf8.count == 1 {
            self.init(ascii: ascii)
            return
        }
        var low: UInt64 = 0
        var high: UInt64 = 0
        var count = 0
        var scalarStart = 0
        for byte in character.utf8 {
            if byte & 0xC0 != 0x80 {
                scalarStart = count
            }
            if count == 15 {
                count = scalarStart
                break
            }
            if count < 8 {
                low |= UInt64(byte) << (8 * count)
            } else {
                high |= UInt64(byte) << (8 * (count - 8))
            }
            count += 1
        }
        let keptLow = count >= 8 ? low : low & ((1 << (8 * UInt64(count))) - 1)
        let keptHigh = count <= 8 ? 0 : high & ((1 << (8 * UInt64(count - 8))) - 1)
        self.init(low: keptLow, high: keptHigh | (UInt64(count) << 56))
    }

    /// The stored grapheme as a `Character`.
    var character: Character {
        let count = Int(high >> 56)
        if count == 1 {
            return Character(Unicode.Scalar(UInt8(truncatingIfNeeded: low)))
        }
        var bytes = (low.littleEndian, (high & 0x00FF_FFFF_FFFF_FFFF).littleEndian)
        let text = withUnsafeBytes(of: &bytes) { raw in
            String(decoding: raw.prefix(count), as: UTF8.self)
        }
        return text.first ?? " "
    }
}
