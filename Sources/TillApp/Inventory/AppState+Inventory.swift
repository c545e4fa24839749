import TermUI
import TillCore
import TillStore

extension AppState {
    /// Opens the stock screen where it was left (tab, location, drafts), and reads the location afresh.
    mutating func openInventory() -> [Effect] {
        route = .inventory
        inventory.message = nil
        return [.stock(.overview(locationID: inventory.locationID), staffID: user?.id, approvedBy: nil)]
    }

    /// Keys on the stock screen: F2–F7 pick the tab, F8 the next location, Enter runs the command
    /// line, F10 books the document, ↑/↓ pick a line, 1–8 the reason of an adjustment, Esc goes back.
    mutating func inventoryKey(_ chord: KeyChord, _ action: Action?) -> [Effect] {
        if let pending = inventory.adjustment, case .character(let character) = chord.key, chord.modifiers.isEmpty {
            guard let digit = character.wholeNumberValue, AdjustmentReason.allCases.indices.contains(digit - 1) else {
                inventory.message = Message("Pick the reason: 1 to \(AdjustmentReason.allCases.count), or Esc", .warning)
                return []
            }
            return adjust(pending, reason: AdjustmentReason.allCases[digit - 1])
        }
        if Self.isEditing(chord) {
            inventory.input.handle(chord)
            return []
        }
        guard let action else { return [] }
        if let effects = globalAction(action) { return effects }
        if let mode = InventoryMode.allCases.first(where: { $0.action == action }) {
            inventory.mode = mode
            inventory.table = TableState(selected: nil)
            inventory.message = nil
            return []
        }
        switch action {
        case .nextLocation:
            return nextLocation()
        case .up: inventory.table.move(by: -1, rowCount: inventoryRowCount)
        case .down: inventory.table.move(by: 1, rowCount: inventoryRowCount)
        case .submit:
            return inventoryCommand(inventory.input.commit())
        case .confirm:
            return confirmStock()
        case .cancel:
            if !inventory.input.text.isEmpty {
                inventory.input.clear()
            } else if inventory.adjustment != nil {
                inventory.adjustment = nil
                inventory.message = Message("Adjustment not made", .warning)
            } else if inventory.receiving != nil {
                inventory.receiving = nil
                inventory.message = Message("The transfer stays in transit", .warning)
            } else {
                route = .sale
            }
        default:
            inventory.message = Message("\(action.label) is not available on the stock screen", .warning)
        }
        return []
    }

    /// A scan on the stock screen is always a product, whatever the command line holds.
    mutating func inventoryScanned(_ code: String) -> [Effect] {
        do throws(ItemError) {
            return stockItem(try sale.resolver.resolveScan(code, in: sale.catalog), quantity: nil)
        } catch {
            inventory.message = Message("Scan \(code): \(error.message)", .error)
            bell = true
            return []
        }
    }

    /// The store answered: show the overview or levels, or clear the document it recorded.
    mutating func stockAnswered(_ answer: StockAnswer) -> [Effect] {
        switch answer {
        case .overview(let overview):
            inventory.overview = overview
        case .levels(let productID, let levels):
            if inventory.lookup?.product.id == productID { inventory.lookup?.levels = levels }
        case .recorded(let request, let text, let overview):
            inventory.overview = overview
            inventory.message = Message(text, .ok)
            switch request {
            case .receive, .sendTransfer:
                inventory.draft = StockDraft()
                inventory.table = TableState(selected: nil)
            case .adjust: inventory.adjustment = nil
            case .receiveTransfer: inventory.receiving = nil
            default: break
            }
            if case .recordCount(_, let productID, _, _) = request {
                inventory.table.selected = overview.openCount?.sheet.firstIndex { $0.productID == productID }
            }
        }
        return []
    }

    /// The effect for `request` once the person may make it: training never changes stock, and
    /// changes need their permission or a supervisor's approval.
    mutating func requestStock(_ request: StockRequest) -> [Effect] {
        guard let user else { return [] }
        if request.changesStock && profile.training {
            inventory.message = Message("Training mode: stock is not changed; leave training mode to book it", .warning)
            return []
        }
        if let permission = request.permission,
           !mayDo(.permission(permission), pending: .stock(request), refusal: "\(user.name) may not \(permission), and nobody can approve it") {
            return []
        }
        return [.stock(request, staffID: user.id, approvedBy: nil)]
    }

    /// Moves the screen to the next location of the store.
    private mutating func nextLocation() -> [Effect] {
        let ids = inventory.overview.locations.map(\.id)
        guard ids.count > 1 else {
            inventory.message = Message("This store has one location; add more with till stock locations add", .warning)
            return []
        }
        let next = ids.firstIndex(of: inventory.locationID).map { ids[($0 + 1) % ids.count] } ?? ids[0]
        inventory.locationID = next
        inventory.receiving = nil
        inventory.table = TableState(selected: nil)
        inventory.message = nil
        return [.stock(.overview(locationID: next), staffID: user?.id, approvedBy: nil)]
    }

    /// How many rows the tab's table has, for moving the selection.
    private var inventoryRowCount: Int {
        switch inventory.mode {
        case .levels: inventory.lookup?.levels?.count ?? inventory.overview.exceptions.count
        case .receive: inventory.draft.lines.count
        case .adjust: 0
        case .transfer: inventory.receiving?.transfer.lines.count ?? inventory.draft.lines.count
        case .count: inventory.overview.openCount?.sheet.count ?? 0
        case .lowStock: inventory.overview.lowStock.count
        }
    }
}
