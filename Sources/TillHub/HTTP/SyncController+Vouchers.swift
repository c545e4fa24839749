import Hummingbird
import TillWire

extension SyncController {
    /// A voucher's balance for a till about to take it as payment: online, the hub's ledger decides.
    /// A code the store never issued is 404, so the till refuses it instead of falling back offline.
    @Sendable func voucher(_ request: Request, context: TerminalRequestContext) async throws -> WireResponse<VoucherBalance> {
        guard let code = context.parameters.get("code")?.uppercased(), (1...64).contains(code.count) else {
            throw HubError.malformed("name the voucher: GET /v1/vouchers/CODE")
        }
        guard let balance = try await storage.voucher(store: context.terminal.storeID, code: code) else {
            throw HubError.notFound("store \(context.terminal.storeID) has no voucher \(code)")
        }
        return WireResponse(balance)
    }
}
