import Foundation
import Testing
import TillCore
@testable import TillApp

@Suite struct TerminalSettingsFileTests {
    let everything = {
        var settings = TerminalSettings(
            storeName: "Café \"Linde\" \\ Bar", terminalID: "front-2", currency: Currency(code: "CHF", exponent: 2),
            tax: TaxPolicy(mode: .exclusive, rounding: .perTotal, roundingMode: .halfEven), cashIncrement: 5,
            impliedDecimal: true, theme: "high-contrast", keymap: "laptop", training: true, idleLockMinutes: 10,
            devices: DeviceSettings(printer: "tcp://192.168.1.50:9100", printerProfile: "tm-t20iii", drawerPin: 5,
                                    drawerOnMilliseconds: 40, drawerOffMilliseconds: 400, drawerOpenLevel: .low, scanner: "/dev/ttyACM0",
                                    keyboardScanner: .prefix, scannerPrefix: "F12", scale: "serial:///dev/ttyUSB0?baud=4800",
                                    customerDisplay: "printer"),
            hubURL: URL(string: "https://hub.example.com:8443/till"))
        settings.receiptHeader = ["Bahnhofstrasse 1", "MWST CHE-123.456.789"]
        settings.receiptFooter = ["Merci – à bientôt"]
        settings.restaurant.tables = ["1", "2", "T1"]
        settings.restaurant.stations = ["drinks": "bar", "café au lait": "bar"]
        settings.restaurant.courses = ["drinks": .drinks, "cakes": .desserts]
        settings.restaurant.printers = ["bar": "tcp://10.0.0.21:9100"]
        settings.restaurant.takeOutTaxes = ["standard": "reduced"]
        settings.restaurant.serviceCharge = 1_250
        settings.restaurant.serviceChargeCovers = 8
        settings.restaurant.serviceChargeTax = "reduced"
        return settings
    }()

    @Test func everyValueSurvivesARoundTrip() throws {
        let text = TerminalSettingsFile.render(everything)

        #expect(try TerminalSettingsFile.parse(text, file: "till.toml") == everything)
    }

    @Test func defaultsSurviveARoundTripWithOptionalKeysCommentedOut() throws {
        let settings = TerminalSettings(storeName: "Kiosk", currency: Currency(code: "EUR", exponent: 2))

        let text = TerminalSettingsFile.render(settings)

        #expect(try TerminalSettingsFile.parse(text, file: "till.toml") == settings)
        #expect(text.contains("\n# printer = \"tcp://192.168.1.50:9100\"\n"))
        #expect(text.contains("\n# url = \"https://hub.example.com\"\n"))
    }

    @Test func aWrongCourseOrTableIsNamedAtItsLine() throws {
        var text = TerminalSettingsFile.render(everything)
        text = text.replacingOccurrences(of: "cakes = \"desserts\"", with: "cakes = \"pudding\"")
        #expect(throws: ConfigProblem.self) { try TerminalSettingsFile.parse(text, file: "till.toml") }
        do {
            _ = try TerminalSettingsFile.parse(text, file: "till.toml")
        } catch {
            #expect(error.description.contains("\"pudding\" is not one of \"drinks\", \"starters\", \"mains\", \"desserts\""))
        }
        let twice = TerminalSettingsFile.render(everything).replacingOccurrences(of: "tables = [\"1\", \"2\", \"T1\"]",
                                                                               with: "tables = [\"1\", \"t1\", \"T1\"]")
        #expect(throws: ConfigProblem.self) { try TerminalSettingsFile.parse(twice, file: "till.toml") }
    }

    @Test func everyKeyIsWrittenUnderAComment() {
        let lines = TerminalSettingsFile.render(everything).split(separator: "\n").map(String.init)
        #expect(lines.contains("version = 1"))
        for key in SettingsKey.all {
            let index = lines.firstIndex { $0.hasPrefix("\(key.name) = ") }
            #expect(index.map { lines[$0 - 1].hasPrefix("# ") } == true, "\(key.path)")
        }
    }

    @Test func aMinimalFileTakesTheDefaults() throws {
        let settings = try TerminalSettingsFile.parse("""
            version = 1
            [store]
            name = "Kiosk"
            currency = "eur"
            """, file: "till.toml")

        #expect(settings == TerminalSettings(storeName: "Kiosk", currency: Currency(code: "EUR", exponent: 2)))
        #expect(settings.terminalID == "T1")
        #expect(settings.tax == TaxPolicy(mode: .inclusive, rounding: .perLine, roundingMode: .halfUp))
    }

    struct Mistake: CustomTestStringConvertible, Sendable {
        let lines: [String]
        let line: Int
        let keyPath: String
        let message: String
        var testDescription: String { keyPath.isEmpty ? message : keyPath }
    }

    static let mistakes = [
        Mistake(lines: ["[colour]", "fg = \"red\""], line: 6, keyPath: "colour",
                message: "unknown key (the top level has version, store, terminal, devices, receipt, hub, loyalty, restaurant)"),
        Mistake(lines: ["[terminal]", "id = \"T 1\""], line: 7, keyPath: "terminal.id",
                message: "\"T 1\" may hold only letters, digits, - and _"),
        Mistake(lines: ["[terminal]", "theme = \"../../etc/x\""], line: 7, keyPath: "terminal.theme",
                message: "\"../../etc/x\" may hold only letters, digits, - and _"),
        Mistake(lines: ["[terminal]", "training = \"yes\""], line: 7, keyPath: "terminal.training", message: "must be true or false"),
        Mistake(lines: ["[terminal]", "idle-lock-minutes = 2000"], line: 7, keyPath: "terminal.idle-lock-minutes",
                message: "must be from 0 (never lock) to 1440 (a day)"),
        Mistake(lines: ["[hub]", "url = \"ftp://hub\""], line: 7, keyPath: "hub.url",
                message: "must be an http:// or https:// address with a host, such as \"https://hub.example.com\""),
        Mistake(lines: ["[devices]", "printer = 9100"], line: 7, keyPath: "devices.printer", message: "must be text in quotes"),
        Mistake(lines: ["[devices]", "drawer-pin = 3"], line: 7, keyPath: "devices.drawer-pin",
                message: "must be 2 (drawer 1), 5 (drawer 2) or 0 (no drawer)"),
        Mistake(lines: ["[devices]", "drawer-on-ms = 100", "drawer-off-ms = 100"], line: 7, keyPath: "devices.drawer-on-ms",
                message: "A 100 ms pulse with 100 ms off keeps the drawer solenoid on for more than 20 % of the cycle, which can "
                    + "overheat it: shorten the on-time to at most 24 ms, or lengthen the off-time to at least 400 ms, or use 50 ms "
                    + "on and 250 ms off, which suits most drawers."),
        Mistake(lines: ["[receipt]", "footer = [\"Thanks\", \"\"]"], line: 7, keyPath: "receipt.footer", message: "must not be empty"),
        Mistake(lines: ["[devices]", "customer-display = \"printer\""], line: 7, keyPath: "devices.customer-display",
                message: "needs a receipt printer too (the print worker drives the display)"),
        Mistake(lines: ["[devices]", "printer = \"lp0\""], line: 7, keyPath: "devices.printer",
                message: "The printer address \"lp0\" is not valid: it names no kind of connection. Use tcp://HOST[:PORT], "
                    + "usb://VID:PID, usb://, serial:///dev/ttyACM0?baud=19200, /dev/usb/lp0 or file:///path/out.bin."),
        Mistake(lines: ["[devices]", "scanner = \"ttyACM0\""], line: 7, keyPath: "devices.scanner",
                message: "a scanner is a device path (/dev/ttyACM0), serial:///dev/ttyACM0?baud=9600 or usb://VID:PID"),
        Mistake(lines: ["[devices]", "scanner = \"/dev/ttyACM0?terminator=etx\""], line: 7, keyPath: "devices.scanner",
                message: "terminator must be one of cr, lf, crlf, tab"),
        Mistake(lines: ["[devices]", "scanner = \"usb://05e0\""], line: 7, keyPath: "devices.scanner",
                message: "a USB scanner is usb://VID:PID in hex as lsusb shows it (usb://05e0:1200)"),
        Mistake(lines: ["[devices]", "scale = \"serial:///dev/ttyUSB0?flow=rtscts\""], line: 7, keyPath: "devices.scale",
                message: "unknown serial option \"flow=rtscts\" (use baud=…, framing=…)"),
        Mistake(lines: ["[devices]", "scanner-keyboard = \"prefix\"", "scanner-prefix = \"x\""], line: 8, keyPath: "devices.scanner-prefix",
                message: "\"x\" is typed into fields: use a control, function or Alt key, such as \"C-b\" (STX) or \"F12\""),
    ]

    @Test(arguments: mistakes)
    func wrongValuesNameTheLineAndKey(_ mistake: Mistake) {
        let text = (["version = 1", "[store]", "name = \"Kiosk\"", "currency = \"EUR\"", ""] + mistake.lines).joined(separator: "\n")

        #expect(throws: ConfigProblem(file: "/d/till.toml", line: mistake.line, keyPath: mistake.keyPath, message: mistake.message)) {
            try TerminalSettingsFile.parse(text, file: "/d/till.toml")
        }
    }

    static let storeMistakes = [
        Mistake(lines: ["name = \"Kiosk\"", "currency = \"EUR\"", "nmae = \"x\""], line: 5, keyPath: "store.nmae",
                message: "unknown key ([store] has name, currency, tax-mode, tax-rounding, rounding-mode, cash-increment)"),
        Mistake(lines: ["name = \"Kiosk\"", "currency = \"XYZ\""], line: 4, keyPath: "store.currency",
                message: "unknown currency \"XYZ\" (an ISO 4217 code such as \"EUR\" or \"CHF\")"),
        Mistake(lines: ["name = \"Kiosk\"", "currency = \"EUR\"", "tax-mode = \"included\""], line: 5, keyPath: "store.tax-mode",
                message: "\"included\" is not one of \"inclusive\", \"exclusive\""),
        Mistake(lines: ["name = \"Kiosk\"", "currency = \"EUR\"", "cash-increment = 0"], line: 5, keyPath: "store.cash-increment",
                message: "must be 1 or more (minor units; 1 means no cash rounding)"),
        Mistake(lines: ["name = \"Kiosk\"", "currency = \"EUR\"", "cash-increment = 0.05"], line: 5, keyPath: "store.cash-increment",
                message: "must be a whole number"),
        Mistake(lines: ["name = \" \"", "currency = \"EUR\""], line: 3, keyPath: "store.name", message: "must not be empty"),
        Mistake(lines: ["currency = \"EUR\""], line: 2, keyPath: "store.name", message: "missing; the store's name, printed on receipts"),
    ]

    @Test(arguments: storeMistakes)
    func wrongStoreValuesNameTheLineAndKey(_ mistake: Mistake) {
        let text = (["version = 1", "[store]"] + mistake.lines).joined(separator: "\n")

        #expect(throws: ConfigProblem(file: "till.toml", line: mistake.line, keyPath: mistake.keyPath, message: mistake.message)) {
            try TerminalSettingsFile.parse(text, file: "till.toml")
        }
    }

    @Test func aTableWrittenAsAValueIsRefused() {
        #expect(throws: ConfigProblem(file: "till.toml", line: 2, keyPath: "devices", message: "must be a table, written [devices]")) {
            try TerminalSettingsFile.parse("version = 1\ndevices = \"lp0\"\n[store]\nname = \"Kiosk\"\ncurrency = \"EUR\"\n",
                                           file: "till.toml")
        }
    }

    @Test func aFileWithoutAStoreOrVersionIsRefused() {
        #expect(throws: ConfigProblem(file: "till.toml", line: 0, keyPath: "store",
                                      message: "missing the [store] table (name and currency at least)")) {
            try TerminalSettingsFile.parse("version = 1\n", file: "till.toml")
        }
        #expect(throws: ConfigProblem.self) {
            try TerminalSettingsFile.parse("[store]\nname = \"Kiosk\"\ncurrency = \"EUR\"\n", file: "till.toml")
        }
    }
}
