import TermUI
import TillCore
import TillDevices

extension AppState {
    /// A scan lands in the sale whatever the cashier was typing; where no sale can take it, it is
    /// refused aloud (message and bell), never typed into another field.
    mutating func scanned(_ scan: ScanEvent) -> [Effect] {
        if overlay == .help || overlay == .printout { overlay = nil }
        if route == .inventory, user != nil, overlay == nil { return inventoryScanned(scan.text) }
        if route == .payment, payment.voucher != nil, user != nil, overlay == nil { return redeemVoucher(scan.text) }
        if route == .customers, user != nil, overlay == nil { return customerScanned(scan.text) }
        if route == .sale, case .giftCardCode(let amount)? = sale.prompt, user != nil, overlay == nil {
            sale.cancelPrompt()
            sale.input.clear()
            return [.loyalty(.checkGiftCard(code: scan.text, amount: amount))]
        }
        guard let refusal = scanRefusal else {
            if route == .payment, sale.cart.tenders.isEmpty { route = .sale }
            if route != .menu && route != .payment { route = .sale }
            let effects = sale.scan(scan.text)
            bell = sale.message?.kind == .error
            return effects
        }
        show(Message("Scan \(scan.text) not added: \(refusal)", .error))
        bell = true
        return []
    }

    /// Whether an overlay asks something typed (a supervisor's number and PIN, a choice): a fast
    /// burst of keys there is someone typing, not a keyboard-mode scanner.
    var isAsking: Bool {
        switch overlay {
        case .approval?, .recall?, .exercises?, .laneChange?: true
        case .help?, .printout?, nil: false
        }
    }

    /// Why a scan cannot go into the sale now; nil when it can.
    private var scanRefusal: String? {
        guard user != nil, route != .login else { return "log in first" }
        if overlay != nil { return "finish the question on screen first" }
        switch route {
        case .sale, .menu, .payment: return nil
        case .shift, .orders, .reports, .inventory, .customers, .floor: return "go back to the sale (\(saleKeyName)) and scan again"
        case .login: return "log in first"
        }
    }

    /// The key that shows the sale, as the keymap binds it.
    private var saleKeyName: String {
        profile.keymap.chords(for: Action.showSale.rawValue, in: route.keymapContext).first?.description ?? "the sale key"
    }

    /// Notes a background scanner's state; a scanner that goes away says so on the sale's message line.
    mutating func scannerChanged(_ source: ScanSource, _ state: ScannerState) {
        switch state {
        case .ready:
            guard unavailableScanners.removeValue(forKey: source) != nil else { return }
            show(Message("The \(source) is back", .ok))
        case .unavailable(let reason, let retry):
            let firstTime = unavailableScanners[source] == nil
            unavailableScanners[source] = state
            if firstTime { show(Message("The \(source) cannot scan: \(reason) (trying again every \(retry) s)", .warning)) }
        }
    }

    /// Asks the scale for a weight when a weighed item waits for one, the scale is idle and the
    /// cashier has not started typing the weight; a refused weighing waits for Enter.
    mutating func weighIfAsked() -> [Effect] {
        guard case .weight = sale.prompt else {
            scale = .idle
            return []
        }
        guard profile.hasScale, scale == .idle, sale.input.text.isEmpty else { return [] }
        scale = .weighing
        return [.readScale]
    }

    /// Takes the scale's weight for the item waiting for it, or says why there is none; a weight
    /// the cashier has started typing wins over the scale.
    mutating func weighed(_ answer: ScaleAnswer) {
        guard case .weight(let item) = sale.prompt, sale.input.text.isEmpty else {
            scale = .idle
            return
        }
        switch answer {
        case .grams(let grams):
            scale = .idle
            _ = sale.weighed(grams: grams)
        case .refused(let reason):
            scale = .refused
            let sentence = reason.hasSuffix(".") ? reason : reason + "."
            sale.message = Message("\(sentence) Enter weighs again, or type the weight of \(item.product.name).", .warning)
            bell = true
        }
    }

    /// Enter on an empty weight: weigh again, when a scale is there and refused the last time.
    mutating func weighAgain() -> Bool {
        guard profile.hasScale, scale == .refused else { return false }
        scale = .idle
        return true
    }
}

/// Where the scale's weighing of the item on the screen stands.
public enum ScaleRequest: Hashable, Sendable {
    case idle
    case weighing
    /// The scale gave no weight; the cashier types it or presses Enter to ask again.
    case refused
}
