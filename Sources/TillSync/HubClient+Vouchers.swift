public import TillWire

extension HubClient {
    /// A voucher's balance on the hub's ledger; nil when the store never issued it (404).
    public func voucher(code: String) async throws(SyncError) -> VoucherBalance? {
        do {
            return try await exchange(.get, "/v1/vouchers/\(code)", body: Optional<PushRequest>.none)
        } catch .refused(404, _) {
            return nil
        }
    }
}
