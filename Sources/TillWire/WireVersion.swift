/// The sync protocol version a terminal and the hub must agree on before exchanging events.
public enum WireVersion {
    /// The version this build speaks; the hub refuses requests that name another.
    public static let current = 1
}
