import Foundation
import TillWire

/// What an event asks of the hub beyond being logged, read from its kind and payload; an event that
/// cannot be read is rejected with a reason instead, so one bad event never blocks a lane's queue.
enum EventPayload {
    /// A sale, refund, stock movement or voucher issue: deltas to add to the store's ledgers.
    case ledgers(EventEffects)
    /// A customer profile save, merged field by field.
    case customer(CustomerEdit)
    /// A restaurant check saved or closed, taken only over the revision the hub holds.
    case check(CheckSave)
    /// Anything else of a known kind (shifts, cash, approvals): kept in the log only.
    case logOnly

    init(_ event: WireEvent) throws(EventRejection) {
        guard !event.id.isEmpty else { throw EventRejection("the event has no id") }
        guard let kind = EventKind(rawValue: event.kind) else {
            throw EventRejection("kind \"\(event.kind)\" is unknown to this hub (is the terminal newer?): "
                + "kept here, not applied")
        }
        // A cheap first look; decoding below reads the whole payload and refuses broken JSON.
        guard event.payload.utf8.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) == UInt8(ascii: "{") else {
            throw EventRejection("the payload is not a JSON object")
        }
        if kind.movesLedgers {
            let effects: EventEffects
            do {
                effects = try EventEffects.decode(fromPayload: event.payload)
            } catch {
                throw EventRejection("its effects cannot be read: \(DecodingProblem.describe(error))")
            }
            try Self.checkBounds(effects)
            self = .ledgers(effects)
        } else if kind == .customer {
            let edit: CustomerEdit
            do {
                edit = try WireJSON.decode(CustomerEdit.self, from: event.payload)
            } catch {
                throw EventRejection("the customer edit cannot be read: \(DecodingProblem.describe(error))")
            }
            guard let id = edit.id, !id.isEmpty else { throw EventRejection("the customer edit has no id") }
            self = .customer(edit)
        } else if kind == .check {
            let save: CheckSave
            do {
                save = try WireJSON.decode(CheckSave.self, from: event.payload)
            } catch {
                throw EventRejection("the check cannot be read: \(DecodingProblem.describe(error))")
            }
            guard !save.id.isEmpty, save.revision == event.id else {
                throw EventRejection("the check save has no id, or a revision other than its event's id")
            }
            self = .check(save)
        } else {
            // Nothing else reads a log-only payload, so it is checked whole here.
            guard (try? JSONSerialization.jsonObject(with: Data(event.payload.utf8))) is [String: Any] else {
                throw EventRejection("the payload is not a JSON object")
            }
            self = .logOnly
        }
    }
}

extension EventPayload {
    /// The largest movement one event may make: a billion units (in thousandths) or points. Far
    /// beyond any sale, it keeps ledger sums from ever overflowing 64 bits, which would fail the
    /// whole push and block the lane's queue.
    static let largestDelta: Int64 = 1_000_000_000_000

    private static func checkBounds(_ effects: EventEffects) throws(EventRejection) {
        for delta in effects.stock where delta.quantity.magnitude > largestDelta.magnitude {
            throw EventRejection("it moves \(delta.quantity) thousandths of product \(delta.product), beyond what one event may move")
        }
        for delta in effects.loyalty where delta.points.magnitude > largestDelta.magnitude {
            throw EventRejection("it moves \(delta.points) points of customer \(delta.customer), beyond what one event may move")
        }
        for delta in effects.vouchers where delta.amount.magnitude > largestDelta.magnitude {
            throw EventRejection("it moves \(delta.amount) on voucher \(delta.code), beyond what one event may move")
        }
    }
}

/// Why an event was kept as rejected, for the terminal's answer and the manager's report.
struct EventRejection: Error {
    let reason: String

    init(_ reason: String) {
        self.reason = reason
    }
}
