/// Why a check refused a change, in the server's words.
public enum CheckError: Error, Equatable, Sendable {
    case cart(CartError)
    case noSuchLine(Int)
    case nothingToSend
    case nothingHeld(Course)
    case alreadySent(Int)
    case badSeat(Int)
    case badCovers(Int)
    case badSplit(String)
    case otherCurrency
    case paymentStarted

    public var message: String {
        switch self {
        case .cart(let error): error.message
        case .noSuchLine(let id): "the check has no line \(id)"
        case .nothingToSend: "nothing new to send to the kitchen"
        case .nothingHeld(let course): "no \(course) are held"
        case .alreadySent(let id): "line \(id) is with the kitchen already: void it to cancel it"
        case .badSeat(let seat): "seat \(seat) is not at this table: seats run from 1 to the covers"
        case .badCovers(let covers): "\(covers) covers: a table seats 1 to 99"
        case .badSplit(let reason): "split refused: \(reason)"
        case .otherCurrency: "the checks are in different currencies"
        case .paymentStarted: "payment has started on this check: finish or remove the tenders first"
        }
    }
}

/// Runs a cart operation inside a check operation.
func checkCart<T>(_ body: () throws(CartError) -> T) throws(CheckError) -> T {
    do { return try body() } catch { throw .cart(error) }
}
