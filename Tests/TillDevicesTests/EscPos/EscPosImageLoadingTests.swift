import Foundation
import Testing
import TillDevices

/// PBM and PNG pictures to printer dots: every PNG colour type, the row filters, transparency on
/// white paper, scaling to the paper, dithering, and the files that are refused.
@Suite struct EscPosImageLoadingTests {
    private func load(_ data: [UInt8], maximumWidth: Int = 576) throws -> RasterImage {
        try RasterImage(imageData: data, maximumWidth: maximumWidth)
    }

    @Test func plainPBMWithAComment() throws {
        let image = try load(Array("P1\n# logo\n3 2\n1 0 1\n0 1 0\n".utf8))

        #expect(image == RasterImage(width: 3, height: 2, rows: [0xA0, 0x40]))
    }

    @Test func binaryPBMWithPaddingBits() throws {
        // Given 10 × 2 dots; the six padding bits of the first row are set in the file
        let image = try load(Array("P4\n# c\n10 2\n".utf8) + [0xFF, 0xFF, 0x80, 0x40])

        // Then the picture keeps its dots and the padding is cleared
        #expect(image == RasterImage(width: 10, height: 2, rows: [0xFF, 0xC0, 0x80, 0x40]))
    }

    @Test func shortPBMIsRefused() {
        #expect(throws: EscPosError.imageFormat("its P4 data is shorter than 10 × 2 pixels")) {
            try load(Array("P4 10 2\n".utf8) + [0xFF])
        }
        #expect(throws: EscPosError.imageFormat("its P1 data stops after 5 pixels")) {
            try load(Array("P1 3 2 1 0 1 0 1".utf8))
        }
    }

    @Test func greyPNG() throws {
        let png = TestPNG(width: 2, height: 2, rows: [[0, 0, 255], [0, 255, 0]])

        #expect(try load(png.bytes) == RasterImage(width: 2, height: 2, rows: [0x80, 0x40]))
    }

    @Test func everyRowFilterIsUndone() throws {
        // Given rows filtered with Sub, Up, Average and Paeth (worked by hand) whose pixels are
        // 0 0 255 255 / 255 255 0 0 / 0 255 0 255 / 255 0 255 0
        let png = TestPNG(width: 4, height: 4, rows: [
            [1, 0, 0, 255, 0], [2, 255, 255, 1, 1], [3, 129, 128, 129, 255], [4, 255, 1, 255, 1],
        ])

        #expect(try load(png.bytes) == RasterImage(width: 4, height: 4, rows: [0xC0, 0x30, 0xA0, 0x50]))
    }

    @Test func rgbAndSixteenBitGrey() throws {
        let rgb = TestPNG(width: 2, height: 1, colorType: 2, rows: [[0, 0, 0, 0, 255, 255, 255]])
        let grey16 = TestPNG(width: 2, height: 1, bitDepth: 16, rows: [[0, 0, 0, 255, 255]])

        #expect(try load(rgb.bytes) == RasterImage(width: 2, height: 1, rows: [0x80]))
        #expect(try load(grey16.bytes) == RasterImage(width: 2, height: 1, rows: [0x80]))
    }

    @Test func transparencyLiesOnWhitePaper() throws {
        // Given opaque red (dark enough for black) then clear black, as RGBA and as grey + alpha
        let rgba = TestPNG(width: 2, height: 1, colorType: 6, rows: [[0, 255, 0, 0, 255, 0, 0, 0, 0]])
        let greyAlpha = TestPNG(width: 2, height: 1, colorType: 4, rows: [[0, 0, 255, 0, 0]])

        #expect(try load(rgba.bytes) == RasterImage(width: 2, height: 1, rows: [0x80]))
        #expect(try load(greyAlpha.bytes) == RasterImage(width: 2, height: 1, rows: [0x80]))
    }

    @Test func twoBitPaletteWithTransparentEntry() throws {
        // Given black, white and a black that tRNS makes clear; pixels 0 1 2 0 packed as 00 01 10 00
        let png = TestPNG(width: 4, height: 1, bitDepth: 2, colorType: 3,
                          chunks: [("PLTE", [0, 0, 0, 255, 255, 255, 0, 0, 0]), ("tRNS", [255, 255, 0])],
                          rows: [[0, 0x18]])

        #expect(try load(png.bytes) == RasterImage(width: 4, height: 1, rows: [0x90]))
    }

    @Test func widePicturesAreScaledToThePaper() throws {
        // Given a black bar 1200 × 10
        let png = TestPNG(width: 1200, height: 10, rows: Array(repeating: [0] + [UInt8](repeating: 0, count: 1200), count: 10))

        let image = try load(png.bytes, maximumWidth: 576)

        // Then it is 576 dots wide, its height scaled alike (4.8 rounds to 5), and still all black
        #expect(image.width == 576 && image.height == 5)
        #expect(image.rows.allSatisfy { $0 == 0xFF })
    }

    @Test func midGreyIsDitheredToAboutHalfTheDots() throws {
        let png = TestPNG(width: 64, height: 64, rows: Array(repeating: [0] + [UInt8](repeating: 128, count: 64), count: 64))

        let image = try load(png.bytes)

        let black = image.rows.reduce(0) { $0 + $1.nonzeroBitCount }
        #expect((1_843...2_253).contains(black), "\(black) of 4096 dots black")
    }

    @Test func interlacedPNGIsRefusedWithTheFix() {
        let png = TestPNG(width: 1, height: 1, interlaced: true, rows: [[0, 0]])

        #expect(throws: EscPosError.imageFormat("it is an interlaced PNG: save it without interlacing (Adam7 is not supported)")) {
            try load(png.bytes)
        }
    }

    @Test func damagedOrCutShortPNGIsRefused() {
        var damaged = TestPNG(width: 1, height: 1, rows: [[0, 0]]).bytes
        damaged[20] ^= 0x01 // inside IHDR's height, so its CRC no longer matches
        let cutShort = Array(TestPNG(width: 1, height: 1, rows: [[0, 0]]).bytes.dropLast(13))
        let tooMuchData = TestPNG(width: 1, height: 1, rows: [[0, 0, 0, 0]]).bytes

        #expect(throws: EscPosError.imageFormat("its PNG chunk IHDR is damaged (CRC mismatch)")) { try load(damaged) }
        #expect(throws: EscPosError.imageFormat("the PNG file is cut short")) { try load(cutShort) }
        #expect(throws: EscPosError.imageFormat("its PNG image data does not inflate to 2 bytes (zlib status -5)")) {
            try load(tooMuchData)
        }
    }

    @Test func otherFilesAreRefused() {
        #expect(throws: EscPosError.imageFormat("it is neither PNG nor PBM (P1 or P4)")) { try load(Array("GIF89a".utf8)) }
        #expect(throws: EscPosError.imageFormat("it is 5000 × 5000 pixels; at most 4 megapixels are read")) {
            try load(Array("P4 5000 5000\n".utf8))
        }
    }

    @Test func loadsAFileAndNamesAMissingOne() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("till-escpos-\(UUID()).pbm").path
        try Data("P1 1 1 1".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }

        #expect(try RasterImage(contentsOfFile: path, maximumWidth: 576) == RasterImage(width: 1, height: 1, rows: [0x80]))
        let error = #expect(throws: EscPosError.self) {
            try RasterImage(contentsOfFile: path + ".missing", maximumWidth: 576)
        }
        guard case .imageUnreadable(let missing, _) = error else {
            Issue.record("expected imageUnreadable, got \(String(describing: error))")
            return
        }
        #expect(missing == path + ".missing")
    }
}
