import Foundation
import TillCore
import TillDevices
import TillStore

/// Turns a queued job into the bytes for this lane's printer: a receipt is read back from the
/// store and laid out for the profile's columns; a report prints as the text it was queued with.
struct PrintDocuments: Sendable {
    let database: AppDatabase
    let layout: ReceiptLayout
    /// Kitchen tickets in the receipt's columns.
    var kitchen: KitchenTicketLayout { KitchenTicketLayout(matching: layout) }
    let encoder: EscPosEncoder
    /// The store's name, then the header lines from till.toml.
    let header: [String]
    let footer: [String]
    let terminalID: String
    /// A commit time as the receipt prints it, in the store's time zone.
    let dateTime: @Sendable (Date) -> String

    /// The job as blocks, before encoding: what the printer preview shows.
    func document(for job: PrintJob) throws(PrintJobError) -> PrintDocument {
        switch job.content {
        case .receipt(let saleID, let number, let copy):
            return layout.document(for: try receipt(saleID: saleID, number: number, copy: copy))
        case .report(_, let text):
            return PrintDocument(text.split(separator: "\n", omittingEmptySubsequences: false).map { .line(String($0)) } + [.cut()])
        case .kitchen(let ticket):
            return kitchen.document(for: ticket, time: dateTime(ticket.at))
        }
    }

    /// A document as the printer's commands.
    func encode(_ document: PrintDocument) throws(PrintJobError) -> [UInt8] {
        do throws(EscPosError) {
            return try encoder.encode(document)
        } catch {
            throw .unprintable(error.description)
        }
    }

    private func receipt(saleID: String, number: Int64, copy: Bool) throws(PrintJobError) -> Receipt {
        let found: (summary: SaleSummary, order: Order, cashier: String)?
        let points: ReceiptLoyalty?
        do throws(StoreError) {
            found = try database.sale(id: saleID).flatMap { summary throws(StoreError) in
                guard let order = try database.order(id: saleID) else { return nil }
                return (summary, order, try database.staffMember(id: order.staffID)?.name ?? order.staffID)
            }
            points = try database.receiptLoyalty(saleID: saleID)
        } catch {
            throw .saleMissing(saleID: saleID, reason: error.description)
        }
        guard let (summary, order, cashier) = found else { throw .saleMissing(saleID: saleID, reason: "no such sale") }
        let completed = Timestamp.date(summary.completedAt).map(dateTime) ?? summary.completedAt
        let loyalty = points.map { Receipt.Loyalty(customerName: $0.customerName, pointsEarned: $0.pointsEarned, pointsBalance: $0.balanceAfter) }
        return Receipt(.sale(order), header: header, footer: footer, number: String(number), dateTime: completed,
                       terminalID: terminalID, cashier: cashier, loyalty: loyalty, copy: copy, training: order.training)
    }
}
