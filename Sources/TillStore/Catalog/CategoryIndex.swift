import Foundation
import TillCore

/// The store's categories by name, so a catalog file can name a category and the import finds it,
/// or creates it under an id that the same name always maps to.
struct CategoryIndex {
    private var idByName: [String: String] = [:]
    private var idBySlug: [String: String] = [:]
    private(set) var nameByID: [String: String] = [:]
    /// Categories made up by this import and not written yet.
    private var unsaved: [Category] = []
    private(set) var createdCount = 0

    init(_ categories: [Category]) {
        for category in categories {
            idBySlug[category.id] = category.id
        }
        for category in categories {
            idByName[category.name] = category.id
            idBySlug[Self.slug(category.name)] = category.id
            nameByID[category.id] = category.name
        }
    }

    /// The id of the category called `name`: an exact name, then a name or id with the same slug
    /// ("drinks" is "Drinks"), else a new category. Nil when the name has no letter or digit.
    mutating func id(forName name: String) -> String? {
        if let id = idByName[name] { return id }
        let slug = Self.slug(name)
        guard !slug.isEmpty else { return nil }
        if let id = idBySlug[slug] { return id }
        let category = Category(id: slug, name: name)
        idByName[name] = slug
        idBySlug[slug] = slug
        nameByID[slug] = name
        unsaved.append(category)
        createdCount += 1
        return slug
    }

    /// Hands over the categories to write before the products that use them.
    mutating func takeUnsaved() -> [Category] {
        defer { unsaved.removeAll() }
        return unsaved
    }

    /// A stable id for a category name: lower case, accents removed, other runs of non-alphanumerics
    /// as one hyphen. "Crème & Café" is "creme-cafe".
    static func slug(_ name: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for character in name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased() {
            guard character.isLetter || character.isNumber else {
                pendingHyphen = !slug.isEmpty
                continue
            }
            if pendingHyphen { slug.append("-") }
            pendingHyphen = false
            slug.append(character)
        }
        return slug
    }
}
