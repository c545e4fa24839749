import Foundation
import TermUI
import Testing
@testable import TillApp
import TillCore
import TillStore

/// The menu: categories, quick keys, search as you type, options, and what cannot be sold now.
@Suite struct MenuTests {
    @Test func opensOnTheFirstCategoryWithItsItemsNumbered() throws {
        let till = try TestTerminal()
        try till.openShift()
        try till.press("F10")
        #expect(till.state.route == .menu)
        #expect(till.state.menu.category?.name == "Coffee & tea")
        #expect(till.state.menu.items.map(\.name) == ["Caffè latte", "Cappuccino", "Espresso", "Flat white", "Pot of tea"])
        let screen = till.screen()
        #expect(screen.contains { $0.contains("▸ Coffee & tea") })
        #expect(screen.contains { $0.contains("3 Espresso") && $0.contains("4.20") })
    }

    @Test func aQuickKeyRingsUpTheItemAndStaysOnTheMenu() throws {
        let till = try TestTerminal()
        try till.openShift()
        try till.press("F10")
        till.type("3")
        till.type("3")
        #expect(till.state.sale.cart.lines.map(\.name) == ["Espresso", "Espresso"])
        #expect(till.state.route == .menu)
        #expect(try till.database.openCart(terminalID: "T1")?.lines.count == 2)
        try till.press("esc")
        #expect(till.state.route == .sale)
    }

    @Test func categoriesChangeWithArrowsAndPages() throws {
        let till = try TestTerminal()
        try till.openShift()
        try till.press("F10")
        try till.press("right")
        #expect(till.state.menu.category?.name == "Bakery")
        try till.press("pgdn")
        #expect(till.state.menu.category?.name == "Grocery")
        try till.press("left")
        try till.press("left")
        try till.press("left")
        #expect(till.state.menu.category?.name == "Produce")
    }

    @Test func searchAsYouTypeFindsAndEnterAddsTheHighlightedItem() throws {
        let till = try TestTerminal()
        try till.openShift()
        try till.press("F10")
        for character in "crois" { till.app.send(.key(KeyChord(character))) }
        #expect(till.state.menu.items.map(\.name) == ["Butter croissant"])
        #expect(till.screen().contains { $0.contains("Search › crois") })
        try till.press("enter")
        #expect(till.state.sale.cart.lines.map(\.name) == ["Butter croissant"])
        try till.press("esc")
        #expect(till.state.menu.search.text.isEmpty)
        #expect(till.state.route == .menu)
    }

    @Test func soldOutItemsAreShownAndRefused() throws {
        let till = try TestTerminal()
        try till.openShift()
        try till.press("F10")
        try till.press("right")
        let index = try #require(till.state.menu.items.firstIndex { $0.name == "Cinnamon bun" })
        #expect(till.screen().contains { $0.contains("Cinnamon bun") && $0.contains("sold out") })
        till.type("\(index + 1)")
        #expect(till.state.sale.cart.lines.isEmpty)
        #expect(till.state.sale.message?.text == "Cinnamon bun is sold out")
    }

    @Test func theBreakfastMenuEndsAtEleven() throws {
        let till = try TestTerminal(time: LocalTime(weekday: 2, hour: 14, minute: 30))
        try till.openShift()
        try till.press("F10")
        try till.press("right")
        let index = try #require(till.state.menu.items.firstIndex { $0.name.hasPrefix("Birchermüesli") })
        #expect(till.screen().contains { $0.contains("Birchermüesli") && $0.contains("not now") })
        till.type("\(index + 1)")
        #expect(till.state.sale.cart.lines.isEmpty)
        #expect(till.state.sale.message?.text == "Birchermüesli (until 11:00) is not on sale at this time")
    }

    @Test func anItemWithOptionsAsksForEachGroup() throws {
        let till = try TestTerminal()
        try till.openShift()
        try till.press("F10")
        till.type("1")
        guard case .modifiers(let pick)? = till.state.sale.prompt else { Issue.record("no options asked"); return }
        #expect(pick.group.name == "Size")
        #expect(till.screen().contains { $0.contains("1  [ ] Regular") })
        try till.press("2")
        // Size needs exactly one: picking it moves on to the milk by itself.
        guard case .modifiers(let milk)? = till.state.sale.prompt else { Issue.record("milk not asked"); return }
        #expect(milk.group.name == "Milk")
        try till.press("1")
        #expect(till.screen().contains { $0.contains("1  [x] Oat milk") && $0.contains("+0.50") })
        try till.press("enter")
        #expect(till.state.sale.prompt == nil)
        let line = try #require(till.state.sale.cart.lines.first)
        #expect(line.name == "Caffè latte")
        #expect(line.modifiers.map(\.name) == ["Large", "Oat milk"])
        // 5.60 + 0.80 large + 0.50 oat
        #expect(line.unitPrice == 690)
    }

    @Test func aScanOnTheMenuLandsInTheCartAndCodesWork() throws {
        let till = try TestTerminal()
        try till.openShift()
        try till.press("F10")
        till.type("4006381333931")
        till.type("2*201")
        #expect(till.state.sale.cart.lines.map(\.name) == ["Milk chocolate 100 g", "Butter croissant"])
        #expect(till.state.sale.cart.lines.last?.quantity == .each(2))
        #expect(till.state.route == .menu)
        #expect(till.state.menu.items.map(\.name).first == "Caffè latte")
        till.type("4006381333932")
        #expect(till.state.sale.message?.kind == .error)
        #expect(till.state.sale.cart.lines.count == 2)
    }

    @Test func optionsAreAskedForTypedCodesTooAndEscAddsNothing() throws {
        let till = try TestTerminal()
        try till.openShift()
        till.type("103")
        #expect(till.screen().contains { $0.contains("Caffè latte: Size") })
        try till.press("enter")
        #expect(till.state.sale.message?.text == "Caffè latte, Size: choose at least 1")
        try till.press("9")
        #expect(till.state.sale.message?.text == "Size has options 1 to 2")
        try till.press("esc")
        #expect(till.state.sale.prompt == nil)
        #expect(till.state.sale.cart.lines.isEmpty)
        #expect(till.state.sale.message?.text == "Caffè latte not added")
    }
}
