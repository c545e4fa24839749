import Foundation
import TillCore
import TillStore
import TillSync

extension StoreEffects {
    /// Reads or records stock for the stock screen; every change wakes sync, as a sale does.
    func stock(_ request: StockRequest, staffID: String?, approvedBy: String?) throws(StoreError) -> AppEvent {
        let context = StockContext(documentID: newID(), eventID: newID(), terminalID: terminalID, staffID: staffID, approvedBy: approvedBy,
                                   at: now())
        let text: String
        let location: String
        switch request {
        case .overview(let locationID):
            return .stock(.overview(try overview(at: locationID)))
        case .levels(let productID):
            return .stock(.levels(productID, try database.stockLevels(StockFilter(productID: productID))))
        case .receive(let delivery, let locationID):
            _ = try database.receive(delivery, at: locationID, context: context)
            text = "Received \(delivery.lines.count) line\(delivery.lines.count == 1 ? "" : "s") at \(locationID)"
            location = locationID
        case .adjust(let adjustment):
            _ = try database.adjust(adjustment, context: context)
            text = "\(adjustment.label): \(adjustment.quantity.thousandths > 0 ? "+" : "")\(adjustment.quantity.formatted) "
                + "(\(adjustment.reason.label)) at \(adjustment.locationID)"
            location = adjustment.locationID
        case .sendTransfer(let lines, let from, let to):
            let transfer = try database.sendTransfer(lines, from: from, to: to, context: context)
            text = "Transfer \(transfer.number) sent: \(transfer.route), in transit until received"
            location = from
        case .receiveTransfer(let number, let counted):
            let transfer = try database.receiveTransfer(number, counted: counted, context: context)
            let differences = transfer.lines.compactMap(\.discrepancyText)
            text = "Transfer \(transfer.number) received" + (differences.isEmpty ? " in full" : "; differences: " + differences.joined(separator: ", "))
            location = transfer.toLocation
        case .startCount(let locationID, let scope):
            let count = try database.startCount(at: locationID, scope: scope, context: context)
            text = "Count \(count.number) started at \(locationID) (\(scope.rawValue)): \(count.sheet.count) products expected; scan to count"
            location = locationID
        case .recordCount(let entry, let productID, let label, let number):
            let line = try database.recordCount(entry, of: productID, label: label, in: number, at: now())
            text = "\(label): \(line.counted?.formatted ?? "0") counted, \(line.expected.formatted) expected"
            location = try database.countSession(number).locationID
        case .postCount(let number):
            let (_, report) = try database.postCount(number, context: context)
            text = "Count \(number) posted: \(report.lines.count) variance\(report.lines.count == 1 ? "" : "s"), \(format(report.netValue)) at cost"
            location = try database.countSession(number).locationID
        case .cancelCount(let number):
            try database.cancelCount(number, context: context)
            text = "Count \(number) cancelled; nothing was booked"
            location = try database.countSession(number).locationID
        }
        sync?.wake()
        return .stock(.recorded(request, text, try overview(at: location)))
    }

    /// What the stock screen shows of a location.
    private func overview(at locationID: String) throws(StoreError) -> InventoryOverview {
        InventoryOverview(locations: try database.locations(), inTransit: try database.transfers(inTransit: true),
                          openCount: try database.countSessions(open: true).first { $0.locationID == locationID },
                          lowStock: try database.lowStock(locationID: locationID), exceptions: try database.stockExceptions(locationID: locationID))
    }

    private func format(_ minorUnits: Int64) -> String { Money(minorUnits: minorUnits, currency: currency).formatted() }
}
