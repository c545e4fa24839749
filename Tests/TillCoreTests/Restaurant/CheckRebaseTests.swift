import Testing
import TillCore

/// Two lanes changed one check from the same revision; the hub took the other lane's change first,
/// and this lane's is replayed on it: nothing rung is lost, nothing is paid twice.
@Suite struct CheckRebaseTests {
    typealias F = CheckFixture

    /// The revision both lanes started from: soup for seat 1 and a beer, sent.
    static func common() throws -> Check {
        var check = try F.table()
        try check.add(F.soup, seat: 1, course: .starters, at: F.friday8pm)
        try check.add(F.beer, course: .drinks, at: F.friday8pm)
        _ = try check.send(F.ticketing)
        return check
    }

    @Test func bothLanesItemsEndUpOnTheCheckAndAVoidStands() throws {
        let base = try Self.common()
        var hub = base
        try hub.add(F.steak, seat: 2, course: .mains, at: F.friday8pm)
        var local = base
        try local.add(F.tart, seat: 4, course: .desserts, hold: true, at: F.friday8pm)
        _ = try local.void(line: 2, F.ticketing)
        // When this lane's change is replayed on the hub's
        let outcome = try Check.rebase(local, closedLocally: false, firstNewLine: base.nextLineID, onto: hub, closedOnHub: false, newID: "new")
        guard case .save(let merged) = outcome else { Issue.record("expected a save, got \(outcome)"); return }
        // Then the check has the soup, the hub's steak and this lane's held tart, and the beer is void
        #expect(merged.cart.activeLines.map(\.productID.rawValue) == ["soup", "steak", "tart"])
        #expect(merged.cart.lines.first { $0.productID.rawValue == "beer" }?.voided == true)
        let tart = try #require(merged.cart.lines.last)
        #expect(merged.line(tart.id) == CheckLine(lineID: tart.id, seat: 4, course: .desserts, status: .held))
        #expect(tart.id == hub.nextLineID, "the tart takes the next id after the hub's lines")
    }

    @Test func aSplitAndASendOnThisLaneSurviveTheOtherLanesBeer() throws {
        var base = try F.table()
        let soup = try base.add(F.soup, seat: 1, course: .starters, at: F.friday8pm)
        let steak = try base.add(F.steak, seat: 2, course: .mains, at: F.friday8pm)
        var hub = base
        try hub.add(F.beer, course: .drinks, at: F.friday8pm)
        // This lane sends the soup and moves seat 2's steak to a check of its own
        var local = base
        _ = try local.send(F.ticketing)
        _ = try local.split(lines: [steak], into: "chk-2")
        guard case .save(let merged) = try Check.rebase(local, closedLocally: false, firstNewLine: base.nextLineID, onto: hub,
                                                        closedOnHub: false, newID: "x") else {
            Issue.record("expected a save"); return
        }
        // Then the steak is only on its new check, the soup is known as sent (no second ticket), and the beer stays
        #expect(merged.cart.lines.map(\.productID.rawValue) == ["soup", "beer"])
        #expect(merged.line(soup)?.status == .sent && merged.line(soup)?.round == 1 && merged.rounds == 1)
        var again = merged
        #expect(try again.send(F.ticketing).flatMap(\.items).map(\.name) == ["beer"], "the next send is the beer alone")
    }

    @Test func aMoveHandOverAndQuantityChangeSurviveOnlyWhenTheRevisionBothStartedFromIsKnown() throws {
        let base = try Self.common()
        var hub = base
        try hub.add(F.steak, seat: 2, course: .mains, at: F.friday8pm)
        var local = base
        try local.move(to: "14")
        local.transfer(to: "leo")
        var cart = local.cart
        try cart.setQuantity(.each(3), line: 2)
        _ = try local.follow(cart, seat: nil, course: { _ in .drinks }, F.ticketing)
        // Without the common revision, a change that adds no line takes the hub's check as it is
        #expect(try Check.rebase(local, closedLocally: false, firstNewLine: base.nextLineID, onto: hub, closedOnHub: false, newID: "new")
                == .adopt)
        // With it, the three beers, the new table and server are this lane's; the steak stays
        guard case .save(let merged) = try Check.rebase(local, base: base, closedLocally: false, firstNewLine: base.nextLineID, onto: hub,
                                                        closedOnHub: false, newID: "x") else {
            Issue.record("expected a save"); return
        }
        #expect(merged.table == "14" && merged.serverID == "leo")
        #expect(merged.cart.activeLines.map { "\($0.productID.rawValue) \($0.quantity.formatted)" } == ["soup 1", "beer 3", "steak 1"])
    }

    @Test func itemsRungAfterTheTablePaidElsewhereGoOnANewCheck() throws {
        let base = try Self.common()
        var local = base
        try local.add(F.tart, seat: 1, course: .desserts, at: F.friday8pm)
        let outcome = try Check.rebase(local, closedLocally: false, firstNewLine: base.nextLineID, onto: base, closedOnHub: true,
                                       newID: "chk-2")
        guard case .newCheck(let fresh) = outcome else { Issue.record("expected a new check, got \(outcome)"); return }
        #expect(fresh.id == "chk-2" && fresh.table == "12" && fresh.serverID == "mia" && fresh.covers == 4)
        #expect(fresh.cart.lines.map(\.productID.rawValue) == ["tart"] && fresh.lines.map(\.seat) == [1])
        // And with nothing new, the paid check simply goes
        #expect(try Check.rebase(base, closedLocally: false, firstNewLine: base.nextLineID, onto: base, closedOnHub: true, newID: "x")
                == .adopt)
    }

    @Test func aTablePaidHereLeavesOnlyWhatTheOtherLaneAddedMeanwhile() throws {
        let base = try Self.common()
        var hub = base
        let steak = try hub.add(F.steak, seat: 2, course: .mains, at: F.friday8pm)
        let outcome = try Check.rebase(base, closedLocally: true, firstNewLine: base.nextLineID, onto: hub, closedOnHub: false, newID: "x")
        guard case .save(let rest) = outcome else { Issue.record("expected the rest to stay open, got \(outcome)"); return }
        #expect(rest.cart.lines.map(\.id) == [steak] && rest.lines.map(\.lineID) == [steak])
        // And when the other lane added nothing, the check is settled
        var moved = base
        try moved.move(to: "3")
        #expect(try Check.rebase(base, closedLocally: true, firstNewLine: base.nextLineID, onto: moved, closedOnHub: false, newID: "x")
                == .close)
    }
}
