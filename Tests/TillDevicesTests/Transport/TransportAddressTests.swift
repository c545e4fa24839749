import Testing
import TillDevices

@Suite struct TransportAddressTests {
    @Test(arguments: [
        ("tcp://192.168.1.50", PrinterAddress.tcp(host: "192.168.1.50", port: 9100)),
        ("tcp://printer.local:9101", .tcp(host: "printer.local", port: 9101)),
        ("tcp://[::1]:9100", .tcp(host: "::1", port: 9100)),
        ("tcp://[fe80::1]", .tcp(host: "fe80::1", port: 9100)),
        ("usb://04b8:0202", .usb(.device(vendor: 0x04B8, product: 0x0202))),
        ("USB://04B8:0E28", .usb(.device(vendor: 0x04B8, product: 0x0E28))),
        ("usb://", .usb(.firstPrinter)),
        ("serial:///dev/ttyACM0", .serial(path: "/dev/ttyACM0", settings: SerialSettings())),
        ("serial:///dev/ttyUSB0?baud=19200&flow=rtscts",
         .serial(path: "/dev/ttyUSB0", settings: SerialSettings(baud: 19200, flowControl: .rtsCts))),
        ("/dev/usb/lp0", .deviceFile(path: "/dev/usb/lp0")),
        ("  /dev/usb/lp0\n", .deviceFile(path: "/dev/usb/lp0")),
        ("file:///tmp/out.bin", .file(path: "/tmp/out.bin")),
    ])
    func parsesEveryKindOfAddress(text: String, expected: PrinterAddress) throws {
        // Given a configured printer string; When it is parsed
        let address = try PrinterAddress(parsing: text)

        // Then it names the expected transport, and its canonical spelling parses back to it
        #expect(address == expected)
        #expect(try PrinterAddress(parsing: address.description) == expected)
    }

    @Test(arguments: [
        ("192.168.1.50", "names no kind of connection"),
        ("lpt://1", "\"lpt\" is not a kind of printer connection"),
        ("tcp://", "needs a host name"),
        ("tcp://printer:0", "port must be a number from 1 to 65535"),
        ("tcp://printer:70000", "port must be a number from 1 to 65535"),
        ("tcp://[::1", "closing ]"),
        ("usb://04b8", "usb://VID:PID in hex"),
        ("usb://04b8:xyz", "usb://VID:PID in hex"),
        ("usb://12345:0202", "usb://VID:PID in hex"),
        ("serial://ttyACM0", "needs a device path"),
        ("serial:///dev/ttyACM0?baud=12345", "baud must be one of 1200, 2400"),
        ("serial:///dev/ttyACM0?flow=xonxoff", "flow must be none or rtscts"),
        ("serial:///dev/ttyACM0?parity=even", "unknown serial option \"parity=even\""),
        ("file://out.bin", "needs an absolute path"),
    ])
    func rejectsMalformedAddressesSayingWhy(text: String, reason: String) {
        // Given a malformed printer string; When it is parsed
        let error = #expect(throws: PrinterError.self) { try PrinterAddress(parsing: text) }

        // Then the error quotes it and says why
        guard case .invalidAddress(let quoted, let actual)? = error else {
            Issue.record("expected invalidAddress, got \(String(describing: error))")
            return
        }
        #expect(quoted == text)
        #expect(actual.contains(reason), "\(actual)")
    }

    @Test func makesTheTransportTheAddressNames() throws {
        // Given one address of each kind
        let cases: [(String, any PrinterTransport.Type, String)] = [
            ("tcp://127.0.0.1", TCPPrinterTransport.self, "tcp://127.0.0.1:9100"),
            ("usb://04b8:0202", USBPrinterTransport.self, "usb://04b8:0202"),
            ("serial:///dev/ttyS0", SerialPrinterTransport.self, "serial:///dev/ttyS0?baud=9600&flow=none"),
            ("/dev/usb/lp0", DeviceFilePrinterTransport.self, "/dev/usb/lp0"),
            ("file:///tmp/till.bin", FilePrinterTransport.self, "file:///tmp/till.bin"),
        ]
        for (text, type, address) in cases {
            // When a transport is made (nothing is opened yet)
            let transport = try PrinterAddress(parsing: text).makeTransport()

            // Then it is the right kind and reports the canonical address
            #expect(Swift.type(of: transport) == type, "\(text)")
            #expect(transport.address == address)
        }
    }
}
