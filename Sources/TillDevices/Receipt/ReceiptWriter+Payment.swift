import TillCore

extension ReceiptWriter {
    /// One line per tender: how it was paid and how much, with the tail of a card's reference.
    mutating func tenders(_ tenders: [Tender]) {
        for tender in tenders {
            row(Self.label(tender), amount: tender.amount)
        }
    }

    /// "Cash", "Card ****4821", "Voucher V-17": a card shows only its reference's last four characters.
    private static func label(_ tender: Tender) -> String {
        let name = tender.kind.description.prefix(1).uppercased() + tender.kind.description.dropFirst()
        guard let reference = tender.reference, !reference.isEmpty else { return name }
        guard tender.kind == .card, reference.count > 4 else { return "\(name) \(reference)" }
        return "\(name) ****\(reference.suffix(4))"
    }
}
