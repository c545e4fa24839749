/// Raster pictures through `GS v 0`, placed by padding rather than `ESC a` (clones disagree on
/// whether `ESC a` moves a raster image) and sent in bands so a tall logo cannot overflow the
/// printer's buffer.
extension EscPosWriter {
    /// The picture, refused when wider than the paper, at its alignment rounded down to whole bytes.
    mutating func image(_ image: RasterImage, alignment: TextAlignment) throws(EscPosError) {
        guard image.width <= profile.dotsPerLine else {
            throw .imageTooWide(width: image.width, maximum: profile.dotsPerLine)
        }
        let spareBytes = profile.dotsPerLine / 8 - image.bytesPerRow
        let padBytes = switch alignment {
        case .left: 0
        case .center: spareBytes / 2
        case .right: spareBytes
        }
        let rowBytes = image.bytesPerRow + padBytes
        align(.left)
        for firstRow in stride(from: 0, to: image.height, by: profile.imageBandRows) {
            let rows = min(profile.imageBandRows, image.height - firstRow)
            append([Self.groupSeparator, 0x76, 0x30, 0,
                    UInt8(rowBytes & 0xFF), UInt8(rowBytes >> 8), UInt8(rows & 0xFF), UInt8(rows >> 8)])
            for row in firstRow..<(firstRow + rows) {
                let start = row * image.bytesPerRow
                append([UInt8](repeating: 0, count: padBytes))
                append(Array(image.rows[start..<(start + image.bytesPerRow)]))
            }
        }
    }
}
