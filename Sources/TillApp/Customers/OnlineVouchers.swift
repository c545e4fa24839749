import TillStore
public import TillSync

/// Asks the hub about a voucher off the UI thread, then posts what the decision made of it to the
/// app's inbox: the cashier's screen waits on the answer without the loop ever blocking on the network.
public struct OnlineVouchers: Sendable {
    let lookup: VoucherLookup
    let inbox: AppInbox

    public init(lookup: VoucherLookup, inbox: AppInbox) {
        self.lookup = lookup
        self.inbox = inbox
    }

    /// Whether the hub should be asked at all: a lane without one decides at once, offline.
    var isPaired: Bool { lookup.isPaired }

    /// Asks the hub for `code`'s balance (within the lookup's deadline) and posts `decide`'s event for
    /// the hub's word, or for offline when it did not answer or refused the till.
    func ask(_ code: String, decide: @escaping @Sendable (VoucherAuthority) -> AppEvent) {
        let lookup = lookup
        let inbox = inbox
        Task {
            let authority: VoucherAuthority
            do throws(SyncError) {
                authority = .hub(try await lookup.balance(of: code))
            } catch {
                authority = .offline
            }
            inbox.post(decide(authority))
        }
    }
}
