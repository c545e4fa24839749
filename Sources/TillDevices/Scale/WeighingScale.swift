import Synchronization

/// A scale Till can ask for a weight; `SerialScale` is the real one, `SimulatedScale` the test double.
public protocol WeighingScale: AnyObject, Sendable {
    /// The weight in grams, or why there is none to sell by; waits at most `timeoutMilliseconds`.
    func weigh(timeoutMilliseconds: Int) throws(ScaleError) -> Int64
}

/// A scale that answers from a script, for the demo and for tests of what uses a scale.
public final class SimulatedScale: WeighingScale {
    private let state: Mutex<(readings: [Result<Int64, ScaleError>], requests: Int)>

    /// Answers with `readings` in turn, then keeps giving the last one.
    public init(readings: [Result<Int64, ScaleError>]) {
        state = Mutex((readings, 0))
    }

    /// How many weighings were asked for.
    public var requests: Int { state.withLock { $0.requests } }

    public func weigh(timeoutMilliseconds: Int) throws(ScaleError) -> Int64 {
        let reading = state.withLock { state -> Result<Int64, ScaleError> in
            state.requests += 1
            guard state.readings.count > 1 else { return state.readings.first ?? .failure(.noWeight) }
            return state.readings.removeFirst()
        }
        return try reading.get()
    }
}
