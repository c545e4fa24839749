/// Where a trainer moves a lane: onto a fresh practice copy of its store, or back to the live store.
public enum LaneChange: Hashable, Sendable {
    case intoTraining
    case backToLive
}
