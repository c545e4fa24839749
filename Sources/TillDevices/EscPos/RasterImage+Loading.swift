import Foundation

/// Loading a logo from a file, so a shop's configuration can name a PBM or PNG and the encoder gets
/// printer dots.
extension RasterImage {
    /// A PBM (P1, P4) or PNG picture as 1-bit dots, shrunk to `maximumWidth` (the profile's
    /// `dotsPerLine`) when wider, and Floyd–Steinberg dithered when it has greys.
    ///
    /// Wider pictures are scaled down rather than refused: a logo made for 80 mm paper then also
    /// prints on 58 mm.
    public init(imageData data: [UInt8], maximumWidth: Int) throws(EscPosError) {
        var grey: GreyImage
        if data.starts(with: PNGDecoder.signature) {
            grey = try PNGDecoder.decode(data)
        } else if data.starts(with: Array("P1".utf8)) || data.starts(with: Array("P4".utf8)) {
            grey = try PBMDecoder.decode(data)
        } else {
            throw .imageFormat("it is neither PNG nor PBM (P1 or P4)")
        }
        if grey.width > maximumWidth {
            guard maximumWidth > 0 else { throw .imageTooWide(width: grey.width, maximum: maximumWidth) }
            grey = grey.scaled(toWidth: maximumWidth)
        }
        self = grey.dithered()
    }

    /// The picture in the file at `path`; see `init(imageData:maximumWidth:)`.
    public init(contentsOfFile path: String, maximumWidth: Int) throws(EscPosError) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .imageUnreadable(path: path, reason: error.localizedDescription)
        }
        try self.init(imageData: [UInt8](data), maximumWidth: maximumWidth)
    }
}
