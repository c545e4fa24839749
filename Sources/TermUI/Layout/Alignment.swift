/// Where text sits inside a wider space, so columns of numbers can line up on the right.
public enum Alignment: Sendable, Hashable {
    case left
    case center
    case right
}
