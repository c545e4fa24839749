/// Unfiltered PNG rows to grey on white paper: samples read at any bit depth, palette and tRNS
/// transparency applied, colour weighted by luminance.
struct PNGPixels {
    let header: PNGHeader
    let palette: [(UInt8, UInt8, UInt8)]
    /// The tRNS chunk: an alpha per palette entry, or the one grey or RGB sample value that is clear.
    let transparency: [UInt8]

    func grey(_ raw: [UInt8]) throws(EscPosError) -> GreyImage {
        var pixels = [UInt8](repeating: 255, count: header.width * header.height)
        for y in 0..<header.height {
            for x in 0..<header.width {
                let (luminance, alpha) = try pixel(raw, row: y * header.rowBytes, x: x)
                pixels[y * header.width + x] = UInt8((luminance * alpha + 255 * (255 - alpha)) / 255)
            }
        }
        return GreyImage(width: header.width, height: header.height, pixels: pixels)
    }

    /// Luminance and alpha, both 0–255.
    private func pixel(_ raw: [UInt8], row: Int, x: Int) throws(EscPosError) -> (Int, Int) {
        let samples = (0..<header.channels).map { sample(raw, row: row, index: x * header.channels + $0) }
        switch header.colorType {
        case 0:
            return (eightBit(samples[0]), samples == keyedTransparent ? 0 : 255)
        case 2:
            return (luminance(samples.map(eightBit)), samples == keyedTransparent ? 0 : 255)
        case 3:
            guard samples[0] < palette.count else {
                throw .imageFormat("its PNG pixel uses palette entry \(samples[0]) of \(palette.count)")
            }
            let (red, green, blue) = palette[samples[0]]
            let alpha = samples[0] < transparency.count ? Int(transparency[samples[0]]) : 255
            return (luminance([Int(red), Int(green), Int(blue)]), alpha)
        case 4:
            return (eightBit(samples[0]), eightBit(samples[1]))
        default:
            return (luminance(samples.prefix(3).map(eightBit)), eightBit(samples[3]))
        }
    }

    /// Sample number `index` of a row, at full precision (up to 16 bits).
    private func sample(_ raw: [UInt8], row: Int, index: Int) -> Int {
        switch header.bitDepth {
        case 16:
            return Int(raw[row + index * 2]) << 8 | Int(raw[row + index * 2 + 1])
        case 8:
            return Int(raw[row + index])
        default:
            let bit = index * header.bitDepth
            let shift = 8 - header.bitDepth - bit % 8
            return Int(raw[row + bit / 8] >> UInt8(shift)) & ((1 << header.bitDepth) - 1)
        }
    }

    private func eightBit(_ sample: Int) -> Int {
        switch header.bitDepth {
        case 16: sample >> 8
        case 8: sample
        default: sample * 255 / ((1 << header.bitDepth) - 1)
        }
    }

    /// The grey or RGB value tRNS marks as clear (two bytes per sample), or nil.
    private var keyedTransparent: [Int]? {
        guard transparency.count == 2 * header.channels else { return nil }
        return (0..<header.channels).map { Int(transparency[2 * $0]) << 8 | Int(transparency[2 * $0 + 1]) }
    }

    /// ITU-R BT.601 weights, as PIL's RGB → L conversion uses.
    private func luminance(_ rgb: [Int]) -> Int {
        (rgb[0] * 299 + rgb[1] * 587 + rgb[2] * 114) / 1000
    }
}
