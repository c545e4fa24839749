import Foundation
import TermUI
import Testing
@testable import TillApp
import TillCore
import TillDevices
import TillStore

/// Scans reaching the sale from any scanner, whatever the cashier is doing.
@Suite struct ScanFlowTests {
    func scan(_ text: String, on till: TestTerminal) {
        till.app.send(.scanned(ScanEvent(text: text, source: .serial(path: "/dev/ttyACM0"))))
    }

    @Test func aScanLandsInTheCartAndHalfTypedTextStays() throws {
        let till = try TestTerminal()
        try till.openShift()
        till.app.send(.key(KeyChord(.character("3"))))
        till.app.send(.key(KeyChord(.character("*"))))
        scan("4006381333931", on: till)
        #expect(till.state.sale.cart.lines.map(\.name) == ["Milk chocolate 100 g"])
        #expect(till.state.sale.input.text == "3*")
        #expect(try till.database.openCart(terminalID: "T1") == till.state.sale.cart)
        // The typed text carries on as if nothing happened
        till.type("201")
        #expect(till.state.sale.cart.lines.map(\.quantity) == [.one, .each(3)])
        #expect(!till.state.bell)
    }

    @Test func aScanIsAlwaysABarcodeNeverAPLUAndABadOneRingsTheBell() throws {
        let till = try TestTerminal()
        try till.openShift()
        // 201 typed is a PLU; scanned it is a short barcode the catalog does not have
        scan("201", on: till)
        #expect(till.state.sale.cart.lines.isEmpty)
        #expect(till.state.sale.message == Message("barcode 201 is not in the catalog", .error))
        #expect(till.state.bell)
        till.app.state.bell = false
        // A misread check digit is refused, never taken for another item
        scan("4006381333932", on: till)
        #expect(till.state.sale.cart.lines.isEmpty)
        #expect(till.state.sale.message?.text.contains("check digit") == true)
        #expect(till.state.bell)
        // The AIM identifier is read and dropped
        scan("]E04006381333931", on: till)
        #expect(till.state.sale.cart.lines.map(\.name) == ["Milk chocolate 100 g"])
    }

    @Test func scansDuringAQuestionWaitAndAreRungUpAfterIt() throws {
        let till = try TestTerminal()
        try till.openShift()
        till.type("7610000000011")
        #expect(till.state.sale.prompt != nil)
        scan("4006381333931", on: till)
        scan("4006381333931", on: till)
        #expect(till.state.sale.heldScans.count == 2)
        #expect(till.state.sale.message?.text == "Scan 4006381333931 kept: it is rung up once the question is answered")
        try till.press("enter")
        #expect(till.state.sale.cart.lines.map(\.name) == ["Lager 50 cl", "Milk chocolate 100 g", "Milk chocolate 100 g"])
        #expect(till.state.sale.heldScans.isEmpty)
    }

    @Test func aScanOutsideTheSaleIsRefusedAloud() throws {
        let till = try TestTerminal()
        scan("4006381333931", on: till)
        #expect(till.state.login.message == Message("Scan 4006381333931 not added: log in first", .error))
        #expect(till.state.bell)
        try till.openShift()
        till.app.state.bell = false
        try till.press("M-o")
        #expect(till.state.route == .orders)
        scan("4006381333931", on: till)
        #expect(till.state.orders.message?.text.hasPrefix("Scan 4006381333931 not added: go back to the sale") == true)
        #expect(till.state.sale.cart.lines.isEmpty)
    }

    @Test func aPINTypedInOneBurstOnTheLoginScreenLogsIn() throws {
        // Given the login screen, where a fast typist (or SSH, or tmux) sends the staff number and PIN
        // in bursts a keyboard-mode scanner could have sent
        let till = try TestTerminal()
        func burst(_ text: String) { till.app.send(.scanned(ScanEvent(text: text, source: .keyboard))) }

        // When the bursts come as keyboard "scans"
        burst("1")
        burst("1111")

        // Then they were typing: the cashier is logged in, and nothing was refused
        #expect(till.state.user?.id == "1")
        #expect(!till.state.bell)
        // But a scanner of its own (serial or USB) on the login screen is still refused aloud
        try till.press("F12")
        scan("4006381333931", on: till)
        #expect(till.state.login.message?.text == "Scan 4006381333931 not added: log in first")
    }

    @Test func aScanOnThePaymentScreenBeforeAnyTenderGoesBackToTheSale() throws {
        let till = try TestTerminal()
        try till.openShift()
        till.type("102")
        try till.press("F2")
        #expect(till.state.route == .payment)
        scan("4006381333931", on: till)
        #expect(till.state.route == .sale)
        #expect(till.state.sale.cart.lines.count == 2)
    }

    @Test func aScannerThatGoesAwaySaysSoOnceAndWhenItIsBack() throws {
        let till = try TestTerminal()
        try till.openShift()
        let source = ScanSource.serial(path: "/dev/ttyACM0")
        till.app.send(.scannerChanged(source, .unavailable(reason: "unplugged", retryInSeconds: 1)))
        #expect(till.state.sale.message?.text == "The scanner on /dev/ttyACM0 cannot scan: unplugged (trying again every 1 s)")
        #expect(till.screen().first?.contains("Scanner") == true)
        till.app.state.sale.message = nil
        till.app.send(.scannerChanged(source, .unavailable(reason: "unplugged", retryInSeconds: 2)))
        #expect(till.state.sale.message == nil)
        till.app.send(.scannerChanged(source, .ready))
        #expect(till.state.sale.message == Message("The scanner on /dev/ttyACM0 is back", .ok))
        #expect(till.state.unavailableScanners.isEmpty)
    }

    @Test func aWeighedItemTakesItsWeightFromTheScaleAndARefusalAsksAgainOnEnter() async throws {
        // Given a lane whose scale (on a pty) first reads a moving weight, then 0.742 kg
        let scale = try PtyScale(weights: [nil, "0.742kg"])
        let till = try TestTerminal(scale: scale.path)
        try till.openShift()
        // When a weighed item is rung up, the scale is asked at once
        till.type("4131")
        #expect(till.state.scale == .weighing)
        // Then the moving weight is refused with what to do, and the bell rings
        #expect(await till.waitForBackground { till.state.scale == .refused })
        #expect(till.state.sale.message?.text == "\(ScaleError.inMotion) Enter weighs again, or type the weight of Apples (kg).")
        #expect(till.state.bell)
        #expect(till.state.sale.cart.lines.isEmpty)
        // And Enter weighs again; this time the weight is steady and the line is added
        try till.press("enter")
        #expect(till.state.scale == .weighing)
        #expect(await till.waitForBackground { !till.state.sale.cart.lines.isEmpty })
        #expect(till.state.sale.cart.lines.first?.quantity == .grams(742))
        #expect(till.state.sale.prompt == nil)
        #expect(till.state.scale == .idle)
    }

    @Test func aTypedWeightWinsOverTheScale() async throws {
        // Given a lane with a scale that never settles
        let scale = try PtyScale(weights: [nil])
        let till = try TestTerminal(scale: scale.path)
        try till.openShift()
        till.type("4131")
        #expect(await till.waitForBackground { till.state.scale == .refused })
        // When the cashier types the weight instead
        till.type("0.5")
        // Then the typed weight is taken
        #expect(till.state.sale.cart.lines.first?.quantity == .grams(500))
        #expect(till.state.scale == .idle)
    }
}
