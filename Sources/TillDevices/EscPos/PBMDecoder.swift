/// Netpbm bitmaps (P1 text, P4 binary): the simplest way to hand Till an exact black-and-white logo.
enum PBMDecoder {
    /// The picture in `data`, which starts with `P1` or `P4`.
    static func decode(_ data: [UInt8]) throws(EscPosError) -> GreyImage {
        var reader = Reader(data: data)
        let magic = reader.token()
        guard magic == "P1" || magic == "P4" else { throw .imageFormat("it is not a PBM file (P1 or P4)") }
        guard let width = reader.token().flatMap({ Int($0) }), let height = reader.token().flatMap({ Int($0) }) else {
            throw .imageFormat("its PBM header has no width and height")
        }
        try GreyImage.checkSize(width: width, height: height)
        var pixels = [UInt8](repeating: 255, count: width * height)
        if magic == "P1" {
            for index in pixels.indices {
                guard let bit = reader.plainBit() else { throw .imageFormat("its P1 data stops after \(index) pixels") }
                if bit { pixels[index] = 0 }
            }
        } else {
            let bytesPerRow = (width + 7) / 8
            let start = reader.offset + 1 // one whitespace byte ends the header
            guard data.count >= start + bytesPerRow * height else {
                throw .imageFormat("its P4 data is shorter than \(width) × \(height) pixels")
            }
            for y in 0..<height {
                for x in 0..<width where data[start + y * bytesPerRow + x / 8] & (0x80 >> UInt8(x % 8)) != 0 {
                    pixels[y * width + x] = 0
                }
            }
        }
        return GreyImage(width: width, height: height, pixels: pixels)
    }

    /// Walks the header's whitespace-separated tokens and `#` comments, then P1's digits.
    private struct Reader {
        let data: [UInt8]
        var offset = 0

        /// The next header token, skipping whitespace and comments.
        mutating func token() -> String? {
            skipSpaceAndComments()
            let start = offset
            while offset < data.count, !Self.isSpace(data[offset]), data[offset] != UInt8(ascii: "#") {
                offset += 1
            }
            return offset > start ? String(decoding: data[start..<offset], as: UTF8.self) : nil
        }

        /// The next `0` (white) or `1` (black) of P1 data; nil at the end or at any other character.
        mutating func plainBit() -> Bool? {
            skipSpaceAndComments()
            guard offset < data.count, data[offset] == UInt8(ascii: "0") || data[offset] == UInt8(ascii: "1") else {
                return nil
            }
            defer { offset += 1 }
            return data[offset] == UInt8(ascii: "1")
        }

        private mutating func skipSpaceAndComments() {
            while offset < data.count {
                if Self.isSpace(data[offset]) {
                    offset += 1
                } else if data[offset] == UInt8(ascii: "#") {
                    while offset < data.count, data[offset] != 0x0A, data[offset] != 0x0D { offset += 1 }
                } else {
                    return
                }
            }
        }

        private static func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || (0x09...0x0D).contains(byte)
        }
    }
}
