/// Splits a rectangle into rows or columns by simple constraints, so screens describe proportions
/// instead of computing coordinates.
///
/// Fixed sizes and percentages are served first, in order; what is left goes to the `fill` slots in
/// proportion to their weights. When the fixed parts ask for more than there is, later slots shrink
/// first, down to nothing.
///
/// ```swift
/// let parts = Layout.rows([.fixed(1), .fill(), .fixed(1)]).split(screen)
/// ```
public struct Layout: Sendable, Hashable {
    /// Which way the rectangle is cut.
    public enum Axis: Sendable, Hashable {
        /// Slots stacked top to bottom.
        case vertical
        /// Slots side by side, left to right.
        case horizontal
    }

    public var axis: Axis
    public var constraints: [Constraint]
    /// Empty cells between neighbouring slots.
    public var spacing: Int

    public init(axis: Axis, constraints: [Constraint], spacing: Int = 0) {
        self.axis = axis
        self.constraints = constraints
        self.spacing = max(0, spacing)
    }

    /// Slots stacked top to bottom.
    public static func rows(_ constraints: [Constraint], spacing: Int = 0) -> Layout {
        Layout(axis: .vertical, constraints: constraints, spacing: spacing)
    }

    /// Slots side by side, left to right.
    public static func columns(_ constraints: [Constraint], spacing: Int = 0) -> Layout {
        Layout(axis: .horizontal, constraints: constraints, spacing: spacing)
    }

    /// One rectangle per constraint, in order, covering `area` along the axis.
    public func split(_ area: Rect) -> [Rect] {
        let total = axis == .vertical ? area.height : area.width
        let lengths = Constraint.lengths(for: constraints, total: total, spacing: spacing)
        var offset = 0
        var result: [Rect] = []
        result.reserveCapacity(lengths.count)
        for length in lengths {
            switch axis {
            case .vertical:
                result.append(Rect(x: area.x, y: area.y + offset, width: area.width, height: length))
            case .horizontal:
                result.append(Rect(x: area.x + offset, y: area.y, width: length, height: area.height))
            }
            offset = min(total, offset + length + spacing)
        }
        return result
    }
}
