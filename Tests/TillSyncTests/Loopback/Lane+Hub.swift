import Foundation
import HubProcess
import TillCore
import TillStore
import TillSync
import TillWire

extension Lane {
    /// The café's catalog as `till-hub catalog import` reads it.
    static func catalogCSV(coffeePrice: String = "4.50") -> String {
        """
        sku,name,price,tax,category,barcodes
        coffee,Coffee,\(coffeePrice),standard,Café,
        croissant,Croissant,1.90,reduced,Café,
        water,Water,3.00,reduced,Café,
        """
    }

    /// Syncs with `transport` to the hub (the real one unless a test injects faults); a hub that is
    /// down is given up on after 3 s (AsyncHTTPClient keeps trying to connect until the deadline).
    func synchronizer(_ transport: (any HubTransport)? = nil) -> Synchronizer {
        Synchronizer(database: database, transport: { url in transport ?? HTTPHubTransport(baseURL: url, timeout: .seconds(3)) })
    }

    /// Pairs this lane with store `store` on `hub`.
    func pair(with hub: HubProcess, store: String = "S") async throws {
        let code = try hub.pairingCode(store: store, terminal: id)
        _ = try await synchronizer().pair(hubURL: hub.url, code: code, terminalID: id, currency: Lane.chf.code,
                                          taxClasses: Lane.taxClasses.map { WireTaxClass(code: $0.code, name: $0.name,
                                                                                          rateMillionths: $0.rate.millionths) })
    }

    /// Syncs until nothing moves any more (a round can end while another lane's changes arrive).
    @discardableResult
    func syncFully(_ transport: (any HubTransport)? = nil) async throws -> SyncReport {
        try await synchronizer(transport).syncOnce()
    }
}
