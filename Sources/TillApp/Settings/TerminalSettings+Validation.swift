import Foundation
import TermUI
import TillCore
import TillDevices

extension TerminalSettings {
    /// The first value Till cannot run with, and its key path in `till.toml`, so the file reader and
    /// `till init` refuse the same values in the same words.
    func firstProblem() -> (keyPath: [String], message: String)? {
        let checks: [(SettingsKey, String?)] = [
            (.storeName, Self.textProblem(storeName, limit: 80)),
            (.currency, Currency.named(currency.code) == currency ? nil : "unknown currency \"\(currency.code)\""),
            (.cashIncrement, cashIncrement >= 1 ? nil : "must be 1 or more (minor units; 1 means no cash rounding)"),
            (.terminalID, Self.nameProblem(terminalID)),
            (.theme, Self.nameProblem(theme)),
            (.keymap, Self.nameProblem(keymap)),
            (.idleLockMinutes,
             (0...1440).contains(idleLockMinutes) ? nil : "must be from 0 (never lock) to 1440 (a day)"),
            (.printer, devices.printer.flatMap { Self.textProblem($0, limit: 200) ?? Self.printerProblem($0) }),
            (.printerProfile, Self.nameProblem(devices.printerProfile)),
            (.drawerPin, [0, 2, 5].contains(devices.drawerPin) ? nil : "must be 2 (drawer 1), 5 (drawer 2) or 0 (no drawer)"),
            (.drawerOn, drawerProblem),
            (.scanner, devices.scanner.flatMap { Self.textProblem($0, limit: 200) ?? Self.scannerProblem($0) }),
            (.scannerPrefix, devices.keyboardScanner == .prefix ? Self.prefixProblem(devices.scannerPrefix) : nil),
            (.scale, devices.scale.flatMap { Self.textProblem($0, limit: 200) ?? Self.scaleProblem($0) }),
            (.customerDisplay, devices.customerDisplay.flatMap(displayProblem)),
            (.receiptHeader, receiptHeader.lazy.compactMap { Self.textProblem($0, limit: 56) }.first),
            (.receiptFooter, receiptFooter.lazy.compactMap { Self.textProblem($0, limit: 56) }.first),
            (.hubURL, hubURL.flatMap(Self.urlProblem)),
        ]
        return checks.lazy.compactMap { key, message in message.map { (key.path, $0) } }.first
    }

    /// The drawer pulse must be one the printer can send without overheating the solenoid.
    private var drawerProblem: String? {
        guard devices.drawerPin != 0 else { return nil }
        do throws(DeviceError) {
            _ = try devices.drawerPulse()
            return nil
        } catch {
            return error.description
        }
    }

    /// A customer display needs the receipt printer's worker to drive it, and a port Till can open.
    private func displayProblem(_ address: String) -> String? {
        guard devices.printer != nil else { return "needs a receipt printer too (the print worker drives the display)" }
        return address == DeviceSettings.displayThroughPrinter ? nil : Self.printerProblem(address)
    }

    /// A printer address Till cannot open, in the transport's own words.
    private static func printerProblem(_ address: String) -> String? {
        do throws(PrinterError) {
            _ = try PrinterAddress(parsing: address)
            return nil
        } catch {
            return error.description
        }
    }

    /// A scanner address Till cannot read.
    private static func scannerProblem(_ address: String) -> String? {
        do throws(DeviceAddressError) {
            _ = try ScannerAddress(parsing: address)
            return nil
        } catch {
            return error.reason
        }
    }

    /// A scale address Till cannot read.
    private static func scaleProblem(_ address: String) -> String? {
        do throws(DeviceAddressError) {
            _ = try ScaleAddress(parsing: address)
            return nil
        } catch {
            return error.reason
        }
    }

    /// A prefix must be a key nobody types into a field: a control, function or Alt key.
    private static func prefixProblem(_ text: String) -> String? {
        do {
            return try DeviceSettings.prefixChord(text) == nil
                ? "\"\(text)\" is typed into fields: use a control, function or Alt key, such as \"C-b\" (STX) or \"F12\"" : nil
        } catch {
            return "\"\(text)\" is not a key: \(error)"
        }
    }

    /// Free text goes on one receipt line and one TOML line, so it must be short and printable.
    private static func textProblem(_ text: String, limit: Int) -> String? {
        if text.trimmingCharacters(in: .whitespaces).isEmpty { return "must not be empty" }
        if text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return "must be one line without control characters"
        }
        return text.count > limit ? "must be at most \(limit) characters" : nil
    }

    /// Ids, tax class codes and theme or keymap names become file names and receipt fields: no `/`, no
    /// `..`, no spaces.
    static func nameProblem(_ name: String) -> String? {
        guard !name.isEmpty else { return "must not be empty" }
        guard name.count <= 32 else { return "must be at most 32 characters" }
        let allowed = name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") }
        return allowed ? nil : "\"\(name)\" may hold only letters, digits, - and _"
    }

    private static func urlProblem(_ url: URL) -> String? {
        guard ["http", "https"].contains(url.scheme?.lowercased() ?? ""), !(url.host() ?? "").isEmpty else {
            return "must be an http:// or https:// address with a host, such as \"https://hub.example.com\""
        }
        return nil
    }
}
