/// A picture as 8-bit grey (0 black, 255 white, transparency already laid on white paper): the one
/// form every decoder produces, so scaling and dithering exist once.
struct GreyImage {
    /// Pictures above this many pixels are refused before decoding: a receipt logo is far smaller,
    /// and a hostile file could otherwise ask for gigabytes.
    static let maximumPixels = 4_000_000

    let width: Int
    let height: Int
    /// Row after row, `width` bytes each.
    let pixels: [UInt8]

    /// Checks a decoder's declared size before it allocates anything.
    static func checkSize(width: Int, height: Int) throws(EscPosError) {
        guard width > 0, height > 0 else { throw .imageFormat("it declares a size of \(width) × \(height)") }
        guard width <= maximumPixels, height <= maximumPixels, width * height <= maximumPixels else {
            throw .imageFormat("it is \(width) × \(height) pixels; at most \(maximumPixels / 1_000_000) megapixels are read")
        }
    }

    /// The picture shrunk to `newWidth` (keeping its proportions), each new pixel the average of the
    /// pixels it covers so thin lines fade to grey instead of vanishing.
    func scaled(toWidth newWidth: Int) -> GreyImage {
        let newHeight = max(1, (height * newWidth + width / 2) / width)
        var result = [UInt8](repeating: 255, count: newWidth * newHeight)
        for newY in 0..<newHeight {
            let y0 = newY * height / newHeight
            let y1 = max(y0 + 1, (newY + 1) * height / newHeight)
            for newX in 0..<newWidth {
                let x0 = newX * width / newWidth
                let x1 = max(x0 + 1, (newX + 1) * width / newWidth)
                var sum = 0
                for y in y0..<y1 {
                    for x in x0..<x1 { sum += Int(pixels[y * width + x]) }
                }
                result[newY * newWidth + newX] = UInt8(sum / ((y1 - y0) * (x1 - x0)))
            }
        }
        return GreyImage(width: newWidth, height: newHeight, pixels: result)
    }

    /// Black and white dots by Floyd–Steinberg error diffusion (as python-escpos does through PIL), so
    /// grey areas print as a dot pattern of the right darkness; pure black and white stay exact.
    func dithered() -> RasterImage {
        let bytesPerRow = (width + 7) / 8
        var rows = [UInt8](repeating: 0, count: bytesPerRow * height)
        var current = pixels.prefix(width).map(Int.init)
        for y in 0..<height {
            var next = y + 1 < height ? pixels[((y + 1) * width)..<((y + 2) * width)].map(Int.init) : []
            for x in 0..<width {
                let black = current[x] < 128
                if black { rows[y * bytesPerRow + x / 8] |= 0x80 >> UInt8(x % 8) }
                let error = current[x] - (black ? 0 : 255)
                if x + 1 < width { current[x + 1] += error * 7 / 16 }
                if !next.isEmpty {
                    if x > 0 { next[x - 1] += error * 3 / 16 }
                    next[x] += error * 5 / 16
                    if x + 1 < width { next[x + 1] += error / 16 }
                }
            }
            current = next
        }
        return RasterImage(width: width, height: height, rows: rows)
    }
}
