public import TillCore
public import TillStore

/// Why a `till customer` or `till voucher` command could not do its work.
public enum LoyaltyToolError: Error, CustomStringConvertible {
    case store(StoreError)
    case customer(CustomerError)
    case loyalty(LoyaltyError)
    /// Typed text that is not what the option takes.
    case badInput(String)
    /// No customer matches what was given.
    case noCustomer(String)

    public var description: String {
        switch self {
        case .store(let error): error.description
        case .customer(let error): error.description
        case .loyalty(let error): error.description
        case .badInput(let reason): reason
        case .noCustomer(let query): "No customer has the id, card, phone or name \(query): till customer find shows who is there."
        }
    }
}

extension LoyaltyToolError {
    /// Runs a store call, its failure becoming this error.
    static func store<T>(_ body: () throws(StoreError) -> T) throws(LoyaltyToolError) -> T {
        do {
            return try body()
        } catch {
            throw .store(error)
        }
    }

    /// Runs a loyalty rule, its refusal becoming this error.
    static func loyalty<T>(_ body: () throws(LoyaltyError) -> T) throws(LoyaltyToolError) -> T {
        do {
            return try body()
        } catch {
            throw .loyalty(error)
        }
    }
}
