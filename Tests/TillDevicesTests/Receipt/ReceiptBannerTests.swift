import Testing
import TillCore
import TillDevices

/// Reprints and training slips carry banners that keep them from passing as a real, first receipt.
@Suite struct ReceiptBannerTests {
    static let training = PrintBlock.line("TRAINING — NOT A RECEIPT", style: TextStyle(bold: true, inverted: true), alignment: .center)
    static let copy = PrintBlock.line("*** COPY ***", style: .bold, alignment: .center)

    @Test func aReprintSaysCopyAtTheTopAndTheBottom() throws {
        // Given a reprint of the café sale
        let receipt = ReceiptFixture.receipt(try ReceiptFixture.order(), copy: true)

        // When it is laid out
        let blocks = try ReceiptLayout(columns: 42).document(for: receipt).blocks

        // Then COPY comes first and last before the cut, and nowhere else
        #expect(blocks.first == Self.copy)
        #expect(blocks.dropLast().last == Self.copy)
        #expect(blocks.filter { $0 == Self.copy }.count == 2)
        #expect(blocks.last == .cut())
    }

    @Test func anOriginalHasNoBanner() throws {
        // Given the café sale printed the first time, not in training
        let receipt = ReceiptFixture.receipt(try ReceiptFixture.order())

        // When it is laid out
        let blocks = try ReceiptLayout(columns: 42).document(for: receipt).blocks

        // Then it carries neither banner
        #expect(!blocks.contains(Self.copy))
        #expect(!blocks.contains(Self.training))
    }

    @Test(arguments: [false, true])
    func trainingBannersFrameTheSlipAndRecurEveryFewLines(saleRungInTraining: Bool) throws {
        // Given a training receipt: either the sale was rung in training mode or the receipt says so
        let order = try ReceiptFixture.order(training: saleRungInTraining)
        let receipt = ReceiptFixture.receipt(order, training: !saleRungInTraining)

        // When it is laid out on narrow paper, where it is longest
        let blocks = try ReceiptLayout(columns: 32).document(for: receipt).blocks

        // Then the banner opens and closes it, and never more than the interval of lines goes by without one
        #expect(blocks.first == Self.training)
        #expect(blocks.dropLast().last == Self.training)
        var linesSinceBanner = 0
        for block in blocks {
            if block == Self.training {
                linesSinceBanner = 0
            } else if case .line = block {
                linesSinceBanner += 1
                #expect(linesSinceBanner <= ReceiptLayout.trainingBannerInterval)
            }
        }
        #expect(blocks.filter { $0 == Self.training }.count >= 4)
    }
}
