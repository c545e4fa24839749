import TermUI
import TillCore
import TillStore

extension AppState {
    /// F10 on the sale screen: the menu, read fresh from the catalog.
    mutating func openMenu() -> [Effect] {
        guard let catalog = menuCatalog else {
            sale.message = Message("This terminal has no menu (no catalog is open)", .warning)
            return []
        }
        route = .menu
        menu.open(from: catalog, order: profile.menuCategories)
        return []
    }

    /// Keys on the menu: typing searches; a number is a quick key (1–9, then Enter) or a code, so a
    /// scanned barcode still rings up; ←→ and PgUp/PgDn change category; Enter rings up the
    /// highlighted item; Esc goes back.
    mutating func menuKey(_ chord: KeyChord, _ action: Action?) -> [Effect] {
        if sale.prompt != nil { return salePromptKey(chord, action) }
        guard let catalog = menuCatalog else { return [] }
        let searching = !menu.search.text.isEmpty
        if !searching, chord.modifiers.isEmpty, chord.key == .left || chord.key == .right {
            menu.moveCategory(by: chord.key == .left ? -1 : 1, catalog: catalog)
            return []
        }
        if Self.isEditing(chord) {
            let before = menu.search.text
            menu.search.handle(chord)
            // A number typed keeps the category's numbered items; words search the catalog.
            if menu.search.text != before, !(menu.isCodeTyped && before.first?.isNumber == true) { menu.refresh(from: catalog) }
            return []
        }
        guard let action else { return [] }
        if let effects = globalAction(action) { return effects }
        switch action {
        case .up: menu.table.move(by: -1, rowCount: menu.items.count)
        case .down: menu.table.move(by: 1, rowCount: menu.items.count)
        case .pageUp: menu.moveCategory(by: -1, catalog: catalog)
        case .pageDown: menu.moveCategory(by: 1, catalog: catalog)
        case .submit:
            if menu.isCodeTyped { return ringTypedCode(catalog) }
            guard let selected = menu.table.selected else { return [] }
            return pick(selected)
        case .cancel:
            if searching {
                menu.search.clear()
                menu.refresh(from: catalog)
            } else {
                route = .sale
            }
        case .showMenu: route = .sale
        case .pay: return startPayment()
        default:
            sale.message = Message("\(action.label) is not available on the menu", .warning)
        }
        return []
    }

    /// Enter after a number: 1–9 is the category's quick key, anything else a code (a scan, a PLU, `2*101`).
    private mutating func ringTypedCode(_ catalog: any MenuCatalog) -> [Effect] {
        let typed = menu.search.commit()
        menu.refresh(from: catalog)
        if typed.count == 1, let number = typed.first?.wholeNumberValue, number >= 1 { return pick(number - 1) }
        do throws(SaleCommandError) {
            let command = try SaleCommand(parsing: typed, amounts: AmountParser(currency: currency))
            guard case .item = command else { throw .missingCode }
            return runSale(command)
        } catch {
            sale.message = Message(error.message, .error)
            return []
        }
    }

    /// Rings up the item at `index` of the list; sold-out and out-of-hours items are refused with the reason.
    private mutating func pick(_ index: Int) -> [Effect] {
        guard menu.items.indices.contains(index) else {
            sale.message = Message("There is no item \(index + 1) here", .warning)
            return []
        }
        menu.table.selected = index
        switch menu.items[index] {
        case .product(let product):
            return sale.ringUp(product)
        case .found(let summary):
            do {
                guard let product = try menuCatalog?.product(id: summary.id) else {
                    sale.message = Message("\(summary.name) is no longer in the catalog", .error)
                    return []
                }
                return sale.ringUp(product)
            } catch {
                sale.message = Message("The catalog cannot be read: \(error)", .error)
                return []
            }
        }
    }
}
