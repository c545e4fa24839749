/// Always draws the largest value, so `random(in: 0...n)` returns exactly `n`: the delay's ceiling.
struct HighestGenerator: RandomNumberGenerator {
    mutating func next() -> UInt64 { .max }
}

/// Always draws 1, so `random(in: 0...n)` returns 0. (A constant 0 would hang: the standard
/// library rejects such a draw for most ranges and asks again, forever.)
struct LowestGenerator: RandomNumberGenerator {
    mutating func next() -> UInt64 { 1 }
}

/// SplitMix64: a small seeded generator for repeatable "random" runs.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
