/// Where the scale is: a serial port (`/dev/ttyUSB0`) or one with its line settings
/// (`serial:///dev/ttyUSB0?baud=9600&framing=7E1`); 9600 baud 7E1 unless told otherwise.
public struct ScaleAddress: Hashable, Sendable {
    public let path: String
    public let settings: SerialSettings

    public init(parsing text: String) throws(DeviceAddressError) {
        let (path, options) = try SerialOptions.address(
            text, device: "scale", kinds: "a device path (/dev/ttyUSB0) or serial:///dev/ttyUSB0?baud=9600&framing=7E1",
            over: SerialScale.defaultSettings, allowing: [.baud, .framing])
        self.path = path
        settings = options.settings
    }

    /// The scale at this address; its port opens on the first weighing.
    public func makeScale() -> SerialScale {
        SerialScale(path: path, settings: settings)
    }
}
