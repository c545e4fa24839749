import TermUI
import TillCore

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

    /// Keys on the menu: typing searches, digits 1–9 are quick keys while the search is empty,
    /// ←→ and PgUp/PgDn change category, Enter rings up the highlighted item, Esc goes back.
    mutating func menuKey(_ chord: KeyChord, _ action: Action?) -> [Effect] {
        if sale.prompt != nil { return salePromptKey(chord, action) }
        guard let catalog = menuCatalog else { return [] }
        let searching = !menu.search.text.isEmpty
        if !searching, case .character(let character) = chord.key, chord.modifiers.isEmpty,
           let number = character.wholeNumberValue, number >= 1 {
            return pick(number - 1)
        }
        if !searching, chord.modifiers.isEmpty, chord.key == .left || chord.key == .right {
            menu.moveCategory(by: chord.key == .left ? -1 : 1, catalog: catalog)
            return []
        }
        if Self.isEditing(chord) {
            let before = menu.search.text
            menu.search.handle(chord)
            if menu.search.text != before { menu.refresh(from: catalog) }
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

    /// Rings up the item at `index` of the list; sold-out and out-of-hours items are refused with the reason.
    private mutating func pick(_ index: Int) -> [Effect] {
        guard menu.items.indices.contains(index) else {
            sale.message = Message("There is no item \(index + 1) here", .warning)
            return []
        }
        menu.table.selected = index
        return sale.ringUp(menu.items[index])
    }
}
