import TermUI
import TillDevices

/// The app's state and the performer of its effects: send an event, and everything it causes runs
/// to the end before the next key is read.
///
/// The terminal loop, `till sim` and the tests all drive the app through ``send(_:)``, so the
/// screens, the simulator and the tests share one code path.
public struct App {
    public var state: AppState
    public let environment: AppEnvironment
    public let performer: any EffectPerformer
    /// Events background work left for the app, applied between keys by ``receiveBackgroundEvents()``.
    public let inbox: AppInbox
    /// What the customer display was last asked to show.
    private var shownToCustomer: DisplayLines?

    public init(state: AppState, environment: AppEnvironment, performer: any EffectPerformer, inbox: AppInbox = AppInbox()) {
        self.state = state
        self.environment = environment
        self.performer = performer
        self.inbox = inbox
    }

    /// Applies what background work posted since the last call, in the order it was posted.
    public mutating func receiveBackgroundEvents() {
        for event in inbox.drain() { send(event) }
    }

    /// Reduces `event`, performs the effects in order, and reduces what they report, until quiet.
    public mutating func send(_ event: AppEvent) {
        var queue = [event]
        while !queue.isEmpty {
            let next = queue.removeFirst()
            for effect in state.reduce(next, environment) {
                if let reported = performer.perform(effect) { queue.append(reported) }
            }
        }
        mirrorToCustomer()
    }

    /// Keeps the customer display in step with the sale: after each event, if what it should show
    /// changed, the runtime shows it (the reducer need not remember to).
    private mutating func mirrorToCustomer() {
        let lines = state.customerDisplay
        guard lines != shownToCustomer else { return }
        shownToCustomer = lines
        _ = performer.perform(.showCustomer(lines))
    }

    /// Types `text` and presses the keymap's submit key, as a cashier would.
    public mutating func type(_ text: String) {
        for character in text { send(.key(KeyChord(.character(character)))) }
        send(.key(KeyChord(.enter)))
    }
}

/// Carries out effects: the store, the card terminal, the drawer.
public protocol EffectPerformer {
    /// Performs `effect`; returns what the reducer must learn from it, if anything.
    func perform(_ effect: Effect) -> AppEvent?
}
