import Foundation
import TermUI
import Testing
@testable import TillApp
import TillCore
import TillStore

/// The simulator rings sales through the app and store exactly as keys would.
@Suite struct SimulatorTests {
    static let codes = ["4006381333931", "5901234123457", "101", "102", "201", "202", "0.250*4011", "4131", "7610000000011"]

    @Test func theSameSeedRingsTheSameSalesAndEachIsStoredOnce() throws {
        let till = try TestTerminal()
        till.app.state.startSelling(as: try StaffMember(id: "sim", name: "Simulator", role: .cashier))
        var simulator = SaleSimulator(codes: Self.codes, seed: 42)
        let summary = simulator.ring(25, on: &till.app)
        #expect(summary.sales == 25)
        let stored = try till.database.sales(on: till.database.bookingDay(for: till.clock.now))
        #expect(stored.map(\.receiptNumber) == Array(1...25))
        #expect(stored.map(\.total).reduce(0, +) == summary.total)
        #expect(try till.database.outbox(limit: 100).count == 25)

        let other = try TestTerminal()
        other.app.state.startSelling(as: try StaffMember(id: "sim", name: "Simulator", role: .cashier))
        var again = SaleSimulator(codes: Self.codes, seed: 42)
        #expect(again.ring(25, on: &other.app) == summary)
    }

    @Test func trainingSalesStayOutOfTheOutbox() throws {
        let till = try TestTerminal(training: true)
        till.app.state.startSelling(as: try StaffMember(id: "sim", name: "Simulator", role: .cashier))
        var simulator = SaleSimulator(codes: Self.codes, seed: 7)
        #expect(simulator.ring(3, on: &till.app).sales == 3)
        #expect(try till.database.outbox().isEmpty)
        let day = try till.database.bookingDay(for: till.clock.now)
        #expect(try till.database.sales(on: day).isEmpty)
        #expect(try till.database.sales(on: day, training: true).count == 3)
    }
}
