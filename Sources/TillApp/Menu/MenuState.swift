import Foundation
public import TermUI
public import TillCore

/// The menu screen's state: the categories, the items shown (a category's, or what the search found),
/// the highlighted item and the search text.
public struct MenuState {
    /// How many items a category shows, and a search: a screenful or two, so every key stays fast.
    public static let categoryLimit = 60
    public static let searchLimit = 60

    public private(set) var categories: [Category] = []
    public private(set) var categoryIndex = 0
    public private(set) var items: [MenuEntry] = []
    /// The current category's items as last read, so clearing a search shows them again without a read.
    private var categoryItems: [MenuEntry] = []
    public var table = TableState(selected: 0)
    public var search = TextInput(placeholder: "type to search · 1–9 Enter quick key · scan or code · ←→ category", maxLength: 40)
    /// Why the catalog could not be read, shown instead of items.
    public private(set) var problem: String?

    public init() {}

    /// Whether the search line holds a number (a quick key, a code or a scan) rather than words to search.
    public var isCodeTyped: Bool { search.text.first?.isNumber == true }

    public var category: Category? { categories.indices.contains(categoryIndex) ? categories[categoryIndex] : nil }

    public var selected: MenuEntry? { table.selected.flatMap { items.indices.contains($0) ? items[$0] : nil } }

    /// Reads the categories afresh, in `order`, and shows the current one's items with the search cleared.
    mutating func open(from catalog: any MenuCatalog, order: [String]) {
        search.clear()
        var trouble: String?
        do {
            categories = try Self.ordered(try catalog.categories(), by: order)
            categoryIndex = min(categoryIndex, max(0, categories.count - 1))
        } catch {
            categories = []
            trouble = error is MenuError ? "\(error)" : "The catalog cannot be read: \(error)"
        }
        readCategory(from: catalog)
        if let trouble {
            problem = trouble
        } else if categories.isEmpty {
            problem = "The catalog has no categories: import a catalog with categories, or type to search"
        }
    }

    /// Shows what the search text finds, or the category's items (as last read) when it holds no words.
    mutating func refresh(from catalog: any MenuCatalog) {
        let text = search.text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, !isCodeTyped else {
            show(categoryItems)
            return
        }
        do {
            show(try catalog.searchProducts(text, limit: Self.searchLimit).map(MenuEntry.found))
            problem = nil
        } catch {
            show([])
            problem = "The catalog cannot be read: \(error)"
        }
    }

    /// Reads the current category's items and shows them.
    private mutating func readCategory(from catalog: any MenuCatalog) {
        do {
            categoryItems = try category.map { try catalog.products(inCategory: $0.id, limit: Self.categoryLimit).map(MenuEntry.product) } ?? []
            problem = nil
        } catch {
            categoryItems = []
            problem = "The catalog cannot be read: \(error)"
        }
        show(categoryItems)
    }

    private mutating func show(_ entries: [MenuEntry]) {
        items = entries
        table = TableState(selected: entries.isEmpty ? nil : 0)
    }

    /// Moves to the next or previous category, wrapping round, and clears the search.
    mutating func moveCategory(by delta: Int, catalog: any MenuCatalog) {
        guard !categories.isEmpty else { return }
        categoryIndex = (categoryIndex + delta % categories.count + categories.count) % categories.count
        search.clear()
        readCategory(from: catalog)
    }

    /// The categories named in `order`, in that order; all of them by name when `order` is empty.
    static func ordered(_ categories: [Category], by order: [String]) throws(MenuError) -> [Category] {
        guard !order.isEmpty else { return categories.sorted { $0.name < $1.name } }
        let byID = Dictionary(categories.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return try order.map { id throws(MenuError) in
            guard let category = byID[id] else { throw .unknownCategory(id) }
            return category
        }
    }
}

/// Why the menu cannot be shown as configured.
enum MenuError: Error, CustomStringConvertible {
    case unknownCategory(String)

    var description: String {
        switch self {
        case .unknownCategory(let id): "till.toml menu-categories names \"\(id)\", which is not a category in the catalog"
        }
    }
}
