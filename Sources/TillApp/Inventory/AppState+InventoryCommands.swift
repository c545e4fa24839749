import Foundation
import TermUI
import TillCore
import TillStore

extension AppState {
    /// Runs a line typed on the stock screen in the grammar of ``InventoryCommand``.
    mutating func inventoryCommand(_ typed: String) -> [Effect] {
        guard !typed.trimmingCharacters(in: .whitespaces).isEmpty else { return [] }
        let command: InventoryCommand
        do throws(InventoryCommandError) {
            command = try InventoryCommand(parsing: typed, amounts: AmountParser(currency: currency),
                                           signed: inventory.mode == .adjust || inventory.mode == .count)
        } catch {
            inventory.message = Message(error.message, .error)
            return []
        }
        switch command {
        case .item(let code, let quantity):
            return stockItem(code: code, quantity: quantity)
        case .word(let word):
            return stockWord(word) ?? stockItem(code: word, quantity: nil)
        case .cost(let cost):
            guard inventory.mode == .receive, let index = selectedDraftLine else { return notHere("@cost", "a line of a delivery") }
            inventory.draft.lines[index].unitCost = cost
        case .reference(let reference):
            guard inventory.mode == .receive else { return notHere("#reference", "a delivery") }
            inventory.draft.reference = reference
            inventory.message = Message("Delivery note \(reference)", .ok)
        case .destination(let destination):
            guard inventory.mode == .transfer, inventory.receiving == nil else { return notHere(">location", "a transfer being sent") }
            guard destination != inventory.locationID, inventory.overview.locations.contains(where: { $0.id == destination }) else {
                let others = inventory.overview.locations.map(\.id).filter { $0 != inventory.locationID }.joined(separator: ", ")
                inventory.message = Message("Send to another location of this store: \(others.isEmpty ? "add one first" : others)", .error)
                return []
            }
            inventory.draft.destination = destination
        case .receiveTransfer(let number):
            return startReceiving(number)
        case .removeLine:
            guard [.receive, .transfer].contains(inventory.mode), inventory.receiving == nil, let index = selectedDraftLine else {
                return notHere("VD", "a line of a delivery or transfer")
            }
            inventory.draft.lines.remove(at: index)
            inventory.table.selected = inventory.draft.lines.isEmpty ? nil : min(index, inventory.draft.lines.count - 1)
        }
        return []
    }

    /// A product typed or scanned with an optional quantity.
    private mutating func stockItem(code: String, quantity: Quantity?) -> [Effect] {
        do throws(ItemError) {
            return stockItem(try sale.resolver.resolve(code, in: sale.catalog), quantity: quantity)
        } catch {
            inventory.message = Message(error.message, .error)
            return []
        }
    }

    /// What a product does on each tab: looked up, put on the document, or counted.
    mutating func stockItem(_ item: ResolvedItem, quantity typed: Quantity?) -> [Effect] {
        let product = item.product
        let quantity = typed ?? item.quantity ?? .one
        inventory.message = nil
        switch inventory.mode {
        case .levels, .lowStock:
            inventory.mode = .levels
            inventory.lookup = StockLookup(product: product)
            return [.stock(.levels(product.id), staffID: user?.id, approvedBy: nil)]
        case .receive:
            inventory.table.selected = inventory.draft.add(product, quantity: quantity)
        case .adjust:
            inventory.adjustment = PendingAdjustment(product: product, quantity: typed ?? Quantity(thousandths: -quantity.thousandths))
        case .transfer:
            guard var receiving = inventory.receiving else {
                inventory.table.selected = inventory.draft.add(product, quantity: quantity)
                return []
            }
            guard let index = receiving.transfer.lines.firstIndex(where: { $0.productID == product.id }) else {
                inventory.message = Message("\(product.name) was not sent on transfer \(receiving.transfer.number); receive it as a delivery",
                                            .error)
                return []
            }
            receiving.counted[product.id] = Quantity(thousandths: (receiving.counted[product.id]?.thousandths ?? 0) + quantity.thousandths)
            inventory.receiving = receiving
            inventory.table.selected = index
        case .count:
            guard let count = inventory.overview.openCount else {
                inventory.message = Message("Start the count first: F10 (or type full and Enter to count everything here)", .warning)
                return []
            }
            return requestStock(.recordCount(.add(quantity), product.id, label: product.name, count: count.number))
        }
        return []
    }

    /// A word that answers the tab's question; nil when it means nothing here (it may be a SKU).
    private mutating func stockWord(_ word: String) -> [Effect]? {
        switch (inventory.mode, word.lowercased()) {
        case (.count, "full") where inventory.overview.openCount == nil:
            return requestStock(.startCount(locationID: inventory.locationID, scope: .full))
        case (.count, "partial") where inventory.overview.openCount == nil:
            return requestStock(.startCount(locationID: inventory.locationID, scope: .partial))
        case (.count, "cancel"):
            guard let count = inventory.overview.openCount else { return nil }
            return requestStock(.cancelCount(count.number))
        case (.receive, "clear"), (.transfer, "clear"):
            inventory.draft = StockDraft()
            inventory.table = TableState(selected: nil)
            return []
        default:
            return nil
        }
    }

    /// F10: books the delivery, sends or receives the transfer, starts or posts the count.
    mutating func confirmStock() -> [Effect] {
        switch inventory.mode {
        case .receive:
            guard !inventory.draft.lines.isEmpty else { return nothingToBook("Scan what arrived first") }
            do throws(InventoryError) {
                let lines = try inventory.draft.lines.map { line throws(InventoryError) in
                    try Delivery.Line(productID: line.productID, label: line.label, quantity: line.quantity, unitCost: line.unitCost)
                }
                let delivery = try Delivery(supplier: nil, reference: inventory.draft.reference, lines: lines)
                return requestStock(.receive(delivery, locationID: inventory.locationID))
            } catch {
                inventory.message = Message(error.description, .error)
                return []
            }
        case .transfer:
            if let receiving = inventory.receiving {
                return requestStock(.receiveTransfer(number: receiving.transfer.number, counted: receiving.counted))
            }
            guard !inventory.draft.lines.isEmpty else { return nothingToBook("Scan what goes first, or R and a number to receive a transfer") }
            guard let destination = inventory.draft.destination else { return nothingToBook("Type > and where it goes, such as >back-room") }
            let lines = inventory.draft.lines.map { TransferLine(productID: $0.productID, label: $0.label, sent: $0.quantity) }
            return requestStock(.sendTransfer(lines, from: inventory.locationID, to: destination))
        case .count:
            guard let count = inventory.overview.openCount else {
                return requestStock(.startCount(locationID: inventory.locationID, scope: .partial))
            }
            return requestStock(.postCount(count.number))
        case .adjust:
            return nothingToBook("Scan the item (−1), or type -3*code or +2*code, then pick the reason")
        case .levels, .lowStock:
            return nothingToBook("Nothing to book here: F3 receives, F4 adjusts, F5 transfers, F6 counts")
        }
    }

    /// Opens a transfer in transit to this store's location for receiving.
    private mutating func startReceiving(_ number: String) -> [Effect] {
        guard inventory.mode == .transfer else { return notHere("R number", "the transfer tab") }
        guard let transfer = inventory.overview.inTransit.first(where: { $0.number.uppercased() == number.uppercased() }) else {
            inventory.message = Message("No transfer \(number) is in transit here", .error)
            return []
        }
        guard transfer.toStore == nil || transfer.fromStore != nil, transfer.toLocation == inventory.locationID else {
            inventory.message = Message("Transfer \(transfer.number) goes to \(transfer.toStore.map { "\($0)/" } ?? "")\(transfer.toLocation); "
                                        + "receive it there", .error)
            return []
        }
        inventory.receiving = ReceivingTransfer(transfer: transfer)
        inventory.table = TableState(selected: transfer.lines.isEmpty ? nil : 0)
        inventory.message = Message("Scan what arrived if it differs from what was sent, then F10", .ok)
        return []
    }

    /// Records an adjustment once its reason is picked.
    mutating func adjust(_ pending: PendingAdjustment, reason: AdjustmentReason) -> [Effect] {
        do throws(InventoryError) {
            return requestStock(.adjust(try StockAdjustment(productID: pending.product.id, label: pending.product.name,
                                                            locationID: inventory.locationID, quantity: pending.quantity, reason: reason)))
        } catch {
            inventory.message = Message(error.description, .error)
            return []
        }
    }

    private var selectedDraftLine: Int? {
        inventory.table.selected.flatMap { inventory.draft.lines.indices.contains($0) ? $0 : nil }
    }

    private mutating func notHere(_ command: String, _ place: String) -> [Effect] {
        inventory.message = Message("\(command) works on \(place)", .warning)
        return []
    }

    private mutating func nothingToBook(_ hint: String) -> [Effect] {
        inventory.message = Message(hint, .warning)
        return []
    }
}
