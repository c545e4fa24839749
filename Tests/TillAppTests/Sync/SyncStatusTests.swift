import Foundation
import Testing
@testable import TillApp
import TillCore

/// What the cashier and the manager see of background sync.
@Suite struct SyncStatusTests {
    @Test func aRoundThatWentThroughShowsSyncedAndOneThatFailedOffline() throws {
        // Given a till whose events have all reached the hub
        let till = try TestTerminal()
        try till.openShift()

        // When a round of sync goes through
        till.app.send(.syncRound(problem: nil))
        // Then the status bar says so
        #expect(till.state.sync.online)
        let bar = till.screen(width: 140).first ?? ""
        #expect(bar.contains("Synced") || bar.contains("Syncing"), "\(bar)")

        // When the hub is away, the bar says offline with what waits, and nobody is bothered
        till.app.state.sale.message = nil
        till.app.send(.syncRound(problem: SyncProblem(text: "The hub cannot be reached.", needsManager: false)))
        #expect(!till.state.sync.online)
        #expect(till.screen(width: 140).first?.contains("Offline") == true)
        #expect(till.state.sale.message == nil)
    }

    @Test func aProblemForAManagerIsSaidOnceOnTheMessageLine() throws {
        // Given a till whose hub revoked it
        let till = try TestTerminal()
        try till.openShift()
        let revoked = SyncProblem(text: "The hub refused this till: terminal T1 of store S was revoked: pair it again", needsManager: true)

        // When two rounds fail for that reason; Then the message says it once
        till.app.send(.syncRound(problem: revoked))
        #expect(till.state.sale.message == Message("Sync: \(revoked.text)", .warning))
        till.app.state.sale.message = nil
        till.app.send(.syncRound(problem: revoked))
        #expect(till.state.sale.message == nil)
    }
}
