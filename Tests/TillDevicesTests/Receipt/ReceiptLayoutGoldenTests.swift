import Testing
import TillCore
import TillDevices

/// Whole receipts as the preview prints them, checked line by line against text worked by hand.
@Suite struct ReceiptLayoutGoldenTests {
    @Test func fullSaleAtFortyTwoColumns() throws {
        // Given the café sale
        let receipt = ReceiptFixture.receipt(try ReceiptFixture.order())

        // When it is laid out for 80 mm paper and previewed
        let lines = PrintPreview(columns: 42).lines(of: try ReceiptLayout(columns: 42).document(for: receipt))

        // Then it reads as worked out by hand
        #expect(lines == Self.fortyTwo.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    }

    @Test func fullSaleAtThirtyTwoColumns() throws {
        // Given the café sale
        let receipt = ReceiptFixture.receipt(try ReceiptFixture.order())

        // When it is laid out for 58 mm paper and previewed
        let lines = PrintPreview(columns: 32).lines(of: try ReceiptLayout(columns: 32).document(for: receipt))

        // Then it reads as worked out by hand
        #expect(lines == Self.thirtyTwo.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    }

    static let fortyTwo = """
                   C a f é   L i n d e
              Bahnhofstrasse 1, 8001 Zürich
                 VAT CHE-123.456.789 MWST
        ------------------------------------------
        Cappuccino                           11.40
          2 × 5.70
          + Oat milk (+0.50)
          Discount 10%                       -1.14
        Äpfel Gala                            1.76
          0.452 kg × 3.90/kg
        Gipfeli                               5.70
          3 × 1.90
        Club sandwich                         7.00
          Price override, was 8.50
        ------------------------------------------
        Subtotal                             24.72
        Pastry 20% off                       -1.14
        Order discount                       -1.00
        T O T A L   C H F               2 2 . 5 8
        Cash rounding                         0.02
        Card ****4821                        10.00
        Cash                                 20.00
        Change                                7.40
        ------------------------------------------
        Tax rate                      Net      Tax
        2.6%                         5.91     0.15
        8.1%                        15.28     1.24
        ------------------------------------------
        Customer Marie Dupont
        Points earned                          +23
        Points balance                         340
        14.03.2025 09:12              Receipt 1042
        Cashier Anna                   Terminal T1

                Thank you for your visit!
        Returns within 30 days with this receipt.
                  [QR T1-20250314-0042]
        ------------------ cut -------------------
        """

    static let thirtyTwo = """
              C a f é   L i n d e
         Bahnhofstrasse 1, 8001 Zürich
            VAT CHE-123.456.789 MWST
        --------------------------------
        Cappuccino                 11.40
          2 × 5.70
          + Oat milk (+0.50)
          Discount 10%             -1.14
        Äpfel Gala                  1.76
          0.452 kg × 3.90/kg
        Gipfeli                     5.70
          3 × 1.90
        Club sandwich               7.00
          Price override, was 8.50
        --------------------------------
        Subtotal                   24.72
        Pastry 20% off             -1.14
        Order discount             -1.00
        T O T A L   C H F     2 2 . 5 8
        Cash rounding               0.02
        Card ****4821              10.00
        Cash                       20.00
        Change                      7.40
        --------------------------------
        Tax rate            Net      Tax
        2.6%               5.91     0.15
        8.1%              15.28     1.24
        --------------------------------
        Customer Marie Dupont
        Points earned                +23
        Points balance               340
        14.03.2025 09:12    Receipt 1042
        Cashier Anna         Terminal T1

           Thank you for your visit!
        Returns within 30 days with this
                    receipt.
             [QR T1-20250314-0042]
        ------------- cut --------------
        """
}
