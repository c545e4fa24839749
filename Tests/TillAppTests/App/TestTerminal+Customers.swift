import Foundation
import TillCore
import TillStore

extension TestTerminal {
    /// Enrols Lea Keller (phone +41 79 123 45 67, card 2900000000015) on this till, as customer c000001.
    @discardableResult
    func enrolLea() throws -> Customer {
        let lea = try Customer(id: "c000001", name: "Lea Keller", phone: "+41 79 123 45 67", cardCode: "2900000000015")
        try database.saveCustomer(lea, at: clock.now)
        return lea
    }
}
