/// A hybrid logical clock reading packed in one integer, as events carry it: wall-clock
/// milliseconds in the high 48 bits and a counter for events within one millisecond in the low 16.
///
/// Packed readings order like the clock (milliseconds first, then the counter), so a database
/// column and a plain comparison keep causal order; the terminal id breaks the last tie where one
/// is needed.
public enum PackedHLC {
    /// Bits of the counter.
    public static let counterBits = 16

    /// The reading at `millis` with `counter`.
    public static func make(millis: Int64, counter: Int64 = 0) -> Int64 {
        millis << counterBits | (counter & 0xFFFF)
    }

    /// The wall-clock milliseconds of a reading.
    public static func millis(_ reading: Int64) -> Int64 {
        reading >> counterBits
    }
}
