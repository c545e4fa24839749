public import TermUI

/// The keymap Till uses when no file overrides it: function keys and the numeric keypad, as on a POS keyboard.
///
/// `keymaps/default.toml` is this table written out; a test keeps the two identical.
public enum DefaultKeymap {
    /// Context, then chord and action, in file order.
    public static let tables: [(context: String, bindings: [(chord: String, action: Action)])] = [
        (Keymap.globalContext, [
            ("F1", .help), ("F12", .lock), ("C-q", .quit), ("C-l", .redraw),
            ("up", .up), ("down", .down), ("pgup", .pageUp), ("pgdn", .pageDown),
            ("enter", .submit), ("kp-enter", .submit), ("esc", .cancel), ("C-z", .undo), ("C-p", .printAgain), ("M-v", .showPrintout),
            ("M-s", .showSale), ("M-m", .showMenu), ("M-o", .showOrders), ("M-h", .showShift),
            ("M-r", .showReports), ("M-c", .showCustomers), ("M-i", .showInventory), ("M-t", .showExercises), ("M-b", .scanRandomItem),
            ("M-f", .showFloor),
        ]),
        ("sale", [
            ("F2", .pay), ("F3", .voidLine), ("F4", .discountLine), ("S-F4", .discountSale),
            ("F5", .quantity), ("F6", .overridePrice), ("F7", .suspend), ("F8", .recall),
            ("F9", .attachCustomer), ("F10", .showMenu), ("F11", .priceCheck), ("S-F12", .noSale),
            ("S-F2", .send), ("S-F3", .hold), ("S-F5", .fire), ("S-F6", .seat), ("S-F7", .course), ("S-F8", .splitCheck),
            ("S-F9", .checkTable), ("S-F10", .printBill), ("S-F11", .kitchenNote),
        ]),
        ("payment", [
            ("F2", .cashExact), ("F3", .cashNextNote), ("F4", .card), ("F5", .voucher), ("F6", .removeTender), ("F7", .redeemPoints),
        ]),
        ("shift", [
            ("F10", .confirm),
        ]),
        ("menu", [
            ("F2", .pay), ("F10", .showMenu),
        ]),
        ("orders", [
            ("F2", .refund), ("F3", .refundAll), ("F5", .reprint), ("F6", .addTip), ("F10", .confirm),
        ]),
        ("reports", [
            ("F5", .reprint), ("F10", .confirm),
        ]),
        ("customers", [
            ("F2", .attachCustomer), ("F3", .enrol), ("F4", .toggleConsent),
        ]),
        ("inventory", [
            ("F2", .stockLevels), ("F3", .stockReceive), ("F4", .stockAdjust), ("F5", .stockTransfer), ("F6", .stockCount),
            ("F7", .stockLow), ("F8", .nextLocation), ("F10", .confirm),
        ]),
    ]

    /// The tables as keymap entries, located in a virtual file "built-in".
    public static var entries: [Keymap.Entry] {
        var line = 0
        return tables.flatMap { table in
            table.bindings.map { binding in
                line += 1
                return Keymap.Entry(context: table.context, chord: binding.chord, action: binding.action.rawValue,
                                    location: SourceLocation(file: "built-in", line: line))
            }
        }
    }

    /// The built-in keymap; it is checked by the tests, so building it cannot fail at run time.
    public static func keymap() throws(KeymapError) -> Keymap {
        try Keymap(entries: entries, knownActions: Action.names)
    }
}
