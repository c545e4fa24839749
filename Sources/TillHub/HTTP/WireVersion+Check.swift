import TillWire

extension WireVersion {
    /// Refuses a request in another protocol version, saying which side to update.
    static func check(_ version: Int) throws(HubError) {
        guard version == current else {
            throw .malformed("this hub speaks sync protocol version \(current) but the request is version \(version): "
                + "update the hub or the terminal so both speak the same version")
        }
    }
}
