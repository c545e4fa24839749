import Testing
import TillCore
import TillDevices

@Suite struct SimulatedPaymentTerminalTests {
    let terminal = SimulatedPaymentTerminal()
    let chf = Currency(code: "CHF", exponent: 2)

    @Test func approvesDeclinesAndTimesOutByTheCents() {
        #expect(terminal.charge(1_250, currency: chf, transactionID: "ab12cd34") == .approved(reference: "SIM-AB12CD"))
        #expect(terminal.charge(1_201, currency: chf, transactionID: "x") == .declined(reason: "card declined by the issuer (simulated: amounts ending in .01)"))
        #expect(terminal.charge(1_202, currency: chf, transactionID: "x") == .timedOut)
    }
}
