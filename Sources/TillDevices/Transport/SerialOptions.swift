/// The options after `?` in a serial address (`serial:///dev/ttyACM0?baud=19200&flow=rtscts`), read
/// the same way for printers, scanners and scales; each device names the options it takes.
struct SerialOptions {
    /// The options a device's address may carry.
    enum Name: String, CaseIterable {
        case baud, flow, framing, terminator
    }

    var settings: SerialSettings
    var terminator: ScanTerminator?

    /// Reads `query` (`baud=9600&framing=7E1`) over `defaults`; the reason it cannot, in words for the
    /// person editing till.toml.
    init(_ query: Substring, over defaults: SerialSettings, allowing allowed: [Name]) throws(SerialOptionError) {
        settings = defaults
        for option in query.split(separator: "&") {
            let pair = option.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, let name = Name(rawValue: String(pair[0])), allowed.contains(name) else {
                let names = allowed.map { "\($0.rawValue)=…" }.joined(separator: ", ")
                throw SerialOptionError(reason: "unknown serial option \"\(option)\" (use \(names))")
            }
            let value = String(pair[1])
            switch name {
            case .baud:
                guard let baud = Int(value), SerialSettings.supportedBauds.contains(baud) else {
                    let bauds = SerialSettings.supportedBauds.map(String.init).joined(separator: ", ")
                    throw SerialOptionError(reason: "baud must be one of \(bauds)")
                }
                settings.baud = baud
            case .flow:
                guard let flow = SerialFlowControl(rawValue: value) else {
                    throw SerialOptionError(reason: "flow must be none or rtscts")
                }
                settings.flowControl = flow
            case .framing:
                guard let framing = SerialFraming(rawValue: value.uppercased()) else {
                    let names = SerialFraming.allCases.map(\.rawValue).joined(separator: ", ")
                    throw SerialOptionError(reason: "framing must be one of \(names)")
                }
                settings.framing = framing
            case .terminator:
                guard let terminator = ScanTerminator(rawValue: value.lowercased()) else {
                    let names = ScanTerminator.allCases.map(\.rawValue).joined(separator: ", ")
                    throw SerialOptionError(reason: "terminator must be one of \(names)")
                }
                self.terminator = terminator
            }
        }
    }

    /// Reads a device on a serial line, a bare path (`/dev/ttyUSB0`) or `serial:///dev/ttyUSB0?options`;
    /// `kinds` says in the error what else the device's address may be.
    static func address(_ text: String, device: String, kinds: String, over defaults: SerialSettings,
                        allowing allowed: [Name]) throws(DeviceAddressError) -> (path: String, options: SerialOptions) {
        let trimmed = PrinterAddress.trimmingWhitespace(text)
        let rest: Substring
        if trimmed.hasPrefix("/") {
            rest = trimmed[...]
        } else if trimmed.lowercased().hasPrefix("serial://") {
            rest = trimmed.dropFirst("serial://".count)
        } else {
            throw DeviceAddressError(text: text, reason: "a \(device) is \(kinds)")
        }
        let (path, query) = pathAndQuery(rest)
        guard path.hasPrefix("/") else {
            throw DeviceAddressError(text: text, reason: "a serial \(device) needs a device path, as in serial:///dev/ttyUSB0")
        }
        do throws(SerialOptionError) {
            return (path, try SerialOptions(query, over: defaults, allowing: allowed))
        } catch {
            throw DeviceAddressError(text: text, reason: error.reason)
        }
    }

    /// Splits `/dev/x?options` (what follows `serial://`, or a bare path) into the path and options.
    static func pathAndQuery(_ text: Substring) -> (path: String, query: Substring) {
        let pieces = text.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        return (String(pieces[0]), pieces.count > 1 ? pieces[1] : "")
    }
}

/// Why the options of a serial address cannot be used.
struct SerialOptionError: Error {
    let reason: String
}
