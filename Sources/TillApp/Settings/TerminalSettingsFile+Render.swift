import Foundation
import TillCore

extension TerminalSettingsFile {
    /// The settings as a file with every key written out under a comment saying what it does, so the
    /// person editing it at the till needs no manual; `parse` reads it back to equal settings.
    public static func render(_ settings: TerminalSettings) -> String {
        let tax = settings.tax
        var lines = [
            "# Till terminal settings, written by `till init`. Till reads this file when it starts and stops",
            "# with the file, line and key of any wrong value. Keys not listed here are refused.",
            "version = 1",
            "",
            "# The store: the same on every terminal of the shop.",
            "[store]",
        ]
        lines += entry(.storeName, settings.storeName.quotedLiteral, "Printed on receipts and shown in the status bar.")
        lines += entry(.currency, settings.currency.code.quotedLiteral,
                       "ISO 4217 code; it sets the decimal places of every amount. Do not change it once sales exist.")
        lines += entry(.taxMode, tax.mode.rawValue.quotedLiteral,
                       "\"inclusive\": shelf prices include tax. \"exclusive\": tax is added at the till.")
        lines += entry(.taxRounding, tax.rounding.rawValue.quotedLiteral,
                       "Where tax is rounded: \"per-line\" or \"per-total\" (once per tax class over the sale).")
        lines += entry(.roundingMode, tax.roundingMode.rawValue.quotedLiteral,
                       "How a part of a minor unit rounds: \"half-up\", \"half-even\", \"down\" or \"up\".")
        lines += entry(.cashIncrement, String(settings.cashIncrement),
                       "Smallest cash step in minor units: 1 is no cash rounding, 5 rounds cash to 0.05.")
        lines += ["", "# This terminal.", "[terminal]"]
        lines += entry(.terminalID, settings.terminalID.quotedLiteral,
                       "Names this terminal on receipts and to the hub; unique in the store (letters, digits, - and _).")
        lines += entry(.theme, settings.theme.quotedLiteral, "A theme from themes/: default, high-contrast, mono, amber.")
        lines += entry(.keymap, settings.keymap.quotedLiteral, "A keymap from keymaps/: default, laptop.")
        lines += entry(.impliedDecimal, String(settings.impliedDecimal),
                       "true: digits typed without a separator are minor units (\"350\" is 3.50).")
        lines += entry(.training, String(settings.training),
                       "true: sales are practice, numbered apart and left out of reports.")
        lines += entry(.idleLockMinutes, String(settings.idleLockMinutes),
                       "Minutes without a key press before the screen locks; 0 never locks.")
        lines += entry(.menuCategories, stringList(settings.menuCategories),
                       "Category ids in the order the menu pages through them; [] lists every category by name.")
        let devices = settings.devices
        lines += ["", "# Devices: the receipt printer with its cash drawer, the scanner and the scale.", "[devices]"]
        lines += optionalEntry(.printer, devices.printer, example: "tcp://192.168.1.50:9100",
                               "Receipt printer: \"tcp://HOST:9100\", \"usb://VID:PID\", \"/dev/usb/lp0\", \"serial:///dev/ttyACM0\" or \"file:///PATH\".")
        lines += entry(.printerProfile, devices.printerProfile.quotedLiteral,
                       "The printer's profile (columns, code pages, cut): a built-in one or a file in printers/.")
        lines += entry(.drawerPin, String(devices.drawerPin), "The drawer's kick-out pin: 2, 5, or 0 for no drawer.")
        lines += entry(.drawerOn, String(devices.drawerOnMilliseconds), "Drawer pulse on-time in ms (even, 2-510).")
        lines += entry(.drawerOff, String(devices.drawerOffMilliseconds), "Drawer pulse off-time in ms: at least 4 x the on-time.")
        lines += entry(.drawerOpenLevel, devices.drawerOpenLevel.rawValue.quotedLiteral,
                       "\"high\" or \"low\": the sensor level an open drawer gives (printers that report status).")
        lines += optionalEntry(.scanner, devices.scanner, example: "/dev/ttyACM0",
                               "Serial or USB barcode scanner: \"/dev/ttyACM0\", \"serial:///dev/ttyACM0?baud=9600\" or \"usb://VID:PID\".")
        lines += entry(.keyboardScanner, devices.keyboardScanner.rawValue.quotedLiteral,
                       "A scanner in keyboard mode: \"timing\" (fast keys ending in Enter), \"prefix\" (over SSH or tmux) or \"off\".")
        lines += entry(.scannerPrefix, devices.scannerPrefix.quotedLiteral,
                       "The key the scanner sends before each scan with \"prefix\"; C-b is STX (0x02).")
        lines += optionalEntry(.scale, devices.scale, example: "/dev/ttyUSB0",
                               "Serial scale weighing items sold by weight (\"W\" request protocol): a path or \"serial:///PATH?baud=9600\".")
        lines += optionalEntry(.customerDisplay, devices.customerDisplay, example: "printer",
                               "2x20 customer display: \"printer\" when chained behind the receipt printer, or \"serial:///dev/ttyUSB0\".")
        lines += ["", "# The receipt: lines centred above (under the store's name) and below every receipt.", "[receipt]"]
        lines += entry(.receiptHeader, stringList(settings.receiptHeader), "Such as [\"1 Market Street\", \"VAT CH-123.456.789\"].")
        lines += entry(.receiptFooter, stringList(settings.receiptFooter), "Such as [\"Thank you!\", \"Returns within 30 days\"].")
        lines += ["", "# The sync hub this terminal sends its sales to. Without a url the terminal runs alone.", "[hub]"]
        lines += optionalEntry(.hubURL, settings.hubURL?.absoluteString, example: "https://hub.example.com", "An http:// or https:// address.")
        lines += renderLoyalty(settings.loyalty, currency: settings.currency)
        lines += renderRestaurant(settings.restaurant)
        return lines.joined(separator: "\n") + "\n"
    }

    static func stringList(_ values: [String]) -> String {
        "[" + values.map(\.quotedLiteral).joined(separator: ", ") + "]"
    }

    static func entry(_ key: SettingsKey, _ value: String, _ comment: String) -> [String] {
        ["# " + comment, "\(key.name) = \(value)"]
    }

    /// An absent value is written as a commented-out example, so the key's spelling is on the page.
    private static func optionalEntry(_ key: SettingsKey, _ value: String?, example: String, _ comment: String) -> [String] {
        guard let value else { return ["# " + comment, "# \(key.name) = \(example.quotedLiteral)"] }
        return entry(key, value.quotedLiteral, comment)
    }
}
