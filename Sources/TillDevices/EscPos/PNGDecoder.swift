import CZlib

/// A small, strict PNG reader for logos: every colour type and bit depth, non-interlaced, chunk CRCs
/// checked, pixels laid on white paper by their alpha. Anything else is refused with the reason.
enum PNGDecoder {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// The picture in `data`, which starts with the PNG signature.
    static func decode(_ data: [UInt8]) throws(EscPosError) -> GreyImage {
        guard data.starts(with: signature) else { throw .imageFormat("it is not a PNG file") }
        var header: PNGHeader?
        var palette: [(UInt8, UInt8, UInt8)] = []
        var transparency: [UInt8] = []
        var compressed: [UInt8] = []
        var offset = signature.count
        while true {
            guard offset + 12 <= data.count else { throw .imageFormat("the PNG file is cut short") }
            let length = Int(bigEndian(data, at: offset))
            guard length <= data.count - offset - 12 else { throw .imageFormat("the PNG file is cut short") }
            let type = String(decoding: data[(offset + 4)..<(offset + 8)], as: UTF8.self)
            let body = Array(data[(offset + 8)..<(offset + 8 + length)])
            guard crc(of: data[(offset + 4)..<(offset + 8 + length)]) == bigEndian(data, at: offset + 8 + length) else {
                throw .imageFormat("its PNG chunk \(type) is damaged (CRC mismatch)")
            }
            offset += length + 12
            switch type {
            case "IHDR": header = try PNGHeader(body)
            case "PLTE": palette = stride(from: 0, to: body.count - 2, by: 3).map { (body[$0], body[$0 + 1], body[$0 + 2]) }
            case "tRNS": transparency = body
            case "IDAT": compressed += body
            case "IEND":
                guard let header else { throw .imageFormat("the PNG file has no IHDR chunk") }
                let filtered = try inflate(compressed, expected: header.height * (1 + header.rowBytes))
                let raw = try unfilter(filtered, header: header)
                return try PNGPixels(header: header, palette: palette, transparency: transparency).grey(raw)
            default:
                // Ancillary chunks (lower-case first letter: gAMA, pHYs, tEXt…) may be skipped;
                // a critical one we do not know may change the pixels.
                guard type.first?.isLowercase == true else { throw .imageFormat("its PNG chunk \(type) is not supported") }
            }
        }
    }

    static func bigEndian(_ data: [UInt8], at offset: Int) -> UInt32 {
        data[offset..<(offset + 4)].reduce(0) { $0 << 8 | UInt32($1) }
    }

    private static func crc(of bytes: ArraySlice<UInt8>) -> UInt32 {
        bytes.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, uInt($0.count))) }
    }

    /// The zlib stream of the IDAT chunks, which must inflate to exactly the size the header implies.
    private static func inflate(_ compressed: [UInt8], expected: Int) throws(EscPosError) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: expected)
        var produced = uLongf(expected)
        let status = output.withUnsafeMutableBufferPointer { out in
            compressed.withUnsafeBufferPointer { input in
                uncompress(out.baseAddress, &produced, input.baseAddress, uLong(input.count))
            }
        }
        guard status == Z_OK, Int(produced) == expected else {
            throw .imageFormat("its PNG image data does not inflate to \(expected) bytes (zlib status \(status))")
        }
        return output
    }

    /// Undoes the per-row filters (None, Sub, Up, Average, Paeth), dropping each row's filter byte.
    private static func unfilter(_ filtered: [UInt8], header: PNGHeader) throws(EscPosError) -> [UInt8] {
        let rowBytes = header.rowBytes
        let step = max(1, header.bitsPerPixel / 8)
        var raw = [UInt8](repeating: 0, count: rowBytes * header.height)
        for y in 0..<header.height {
            let filter = filtered[y * (rowBytes + 1)]
            let source = y * (rowBytes + 1) + 1
            let row = y * rowBytes
            for x in 0..<rowBytes {
                let left = x >= step ? Int(raw[row + x - step]) : 0
                let up = y > 0 ? Int(raw[row - rowBytes + x]) : 0
                let upLeft = y > 0 && x >= step ? Int(raw[row - rowBytes + x - step]) : 0
                let predictor: Int
                switch filter {
                case 0: predictor = 0
                case 1: predictor = left
                case 2: predictor = up
                case 3: predictor = (left + up) / 2
                case 4: predictor = paeth(left, up, upLeft)
                default: throw .imageFormat("its PNG row \(y) has unknown filter \(filter)")
                }
                raw[row + x] = filtered[source + x] &+ UInt8(truncatingIfNeeded: predictor)
            }
        }
        return raw
    }

    private static func paeth(_ left: Int, _ up: Int, _ upLeft: Int) -> Int {
        let estimate = left + up - upLeft
        let (toLeft, toUp, toUpLeft) = (abs(estimate - left), abs(estimate - up), abs(estimate - upLeft))
        if toLeft <= toUp && toLeft <= toUpLeft { return left }
        return toUp <= toUpLeft ? up : upLeft
    }
}

/// The IHDR chunk, checked: a combination of colour type and depth the PNG standard allows, no
/// interlacing.
struct PNGHeader {
    let width: Int
    let height: Int
    let bitDepth: Int
    /// 0 grey, 2 RGB, 3 palette, 4 grey + alpha, 6 RGBA.
    let colorType: Int

    init(_ body: [UInt8]) throws(EscPosError) {
        guard body.count == 13 else { throw .imageFormat("its PNG header is \(body.count) bytes, not 13") }
        width = Int(PNGDecoder.bigEndian(body, at: 0))
        height = Int(PNGDecoder.bigEndian(body, at: 4))
        bitDepth = Int(body[8])
        colorType = Int(body[9])
        let depths: [Int: [Int]] = [0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16]]
        guard depths[colorType]?.contains(bitDepth) == true, body[10] == 0, body[11] == 0 else {
            throw .imageFormat("its PNG colour type \(colorType) with bit depth \(bitDepth) is not valid")
        }
        guard body[12] == 0 else {
            throw .imageFormat("it is an interlaced PNG: save it without interlacing (Adam7 is not supported)")
        }
        try GreyImage.checkSize(width: width, height: height)
    }

    /// Samples per pixel.
    var channels: Int {
        switch colorType {
        case 2: 3
        case 4: 2
        case 6: 4
        default: 1
        }
    }

    var bitsPerPixel: Int { channels * bitDepth }
    /// Bytes of one unfiltered row.
    var rowBytes: Int { (width * bitsPerPixel + 7) / 8 }
}
