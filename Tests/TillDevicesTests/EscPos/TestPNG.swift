import CZlib

/// A PNG file built in memory with zlib, so decoder tests state their pixels in the test itself.
struct TestPNG {
    var width: Int
    var height: Int
    var bitDepth: UInt8 = 8
    /// 0 grey, 2 RGB, 3 palette, 4 grey + alpha, 6 RGBA.
    var colorType: UInt8 = 0
    var interlaced = false
    /// Chunks between IHDR and IDAT, such as PLTE and tRNS.
    var chunks: [(String, [UInt8])] = []
    /// Each row's filter byte followed by its filtered bytes.
    var rows: [[UInt8]]

    /// The file's bytes.
    var bytes: [UInt8] {
        var header = Self.bigEndian(UInt32(width)) + Self.bigEndian(UInt32(height))
        header += [bitDepth, colorType, 0, 0, interlaced ? 1 : 0]
        var file: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        file += Self.chunk("IHDR", header)
        for (type, body) in chunks { file += Self.chunk(type, body) }
        file += Self.chunk("IDAT", Self.compress(rows.flatMap { $0 }))
        file += Self.chunk("IEND", [])
        return file
    }

    static func chunk(_ type: String, _ body: [UInt8]) -> [UInt8] {
        let typed = Array(type.utf8) + body
        let crc = typed.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, uInt($0.count))) }
        return bigEndian(UInt32(body.count)) + typed + bigEndian(crc)
    }

    static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    private static func compress(_ data: [UInt8]) -> [UInt8] {
        var size = compressBound(uLong(data.count))
        var output = [UInt8](repeating: 0, count: Int(size))
        let status = output.withUnsafeMutableBufferPointer { out in
            data.withUnsafeBufferPointer { compress2(out.baseAddress, &size, $0.baseAddress, uLong($0.count), 9) }
        }
        precondition(status == Z_OK, "zlib compress failed: \(status)")
        return Array(output.prefix(Int(size)))
    }
}
