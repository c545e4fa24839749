public import TillStore

/// The store answers the menu with its own catalog reads.
extension AppDatabase: MenuCatalog {}
