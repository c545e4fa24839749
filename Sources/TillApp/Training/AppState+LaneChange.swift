import TermUI
import TillCore

extension AppState {
    /// Asks to move the lane into training or back: with an empty sale, by someone with the
    /// training-mode permission (or with a trainer's approval), confirmed on its overlay.
    mutating func requestLaneChange(_ change: LaneChange) -> [Effect] {
        guard sale.cart.lines.isEmpty, sale.cart.tenders.isEmpty else {
            show(Message("Finish, park or void the sale first: a lane changes stores with an empty sale", .warning))
            return []
        }
        let refusal = "Your role may not switch training mode: ask a trainer or manager"
        guard mayDo(.permission(.trainingMode), pending: .laneChange(change), refusal: refusal) else { return [] }
        overlay = .laneChange(change)
        return []
    }

    /// Keys on the confirmation: Enter switches, Esc keeps the lane where it is.
    mutating func laneChangeKey(_ chord: KeyChord, _ change: LaneChange) -> [Effect] {
        switch action(for: chord) {
        case .submit?:
            changeLane(change)
        case .cancel?:
            overlay = nil
            show(Message(change == .intoTraining ? "The lane stays live" : "The lane stays in training", .ok))
        default:
            break
        }
        return []
    }

    /// Ends this run so the runtime reopens the app on the other store.
    mutating func changeLane(_ change: LaneChange) {
        overlay = nil
        laneChange = change
        wantsToQuit = true
    }
}
