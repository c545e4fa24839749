import TillCore

/// The demo's random choices, drawn from `SplitMix64` so one seed always builds the same store.
///
/// Each part of the store (catalog, customers, history) draws from its own stream of the seed, so
/// asking for more products leaves the customers and the first products exactly as they were.
struct DemoRandom {
    /// The parts of the store that draw apart.
    enum Stream: UInt64 {
        case catalog = 1
        case customers = 2
        case history = 3
    }

    private var generator: SplitMix64

    init(seed: UInt64, _ stream: Stream) {
        generator = SplitMix64(seed: seed &+ stream.rawValue &* 0xD1B5_4A32_D192_ED03)
    }

    /// A whole number in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &generator)
    }

    /// An amount in `range`, in minor units.
    mutating func amount(_ range: ClosedRange<Int64>) -> Int64 {
        Int64.random(in: range, using: &generator)
    }

    /// True `percent` times in a hundred.
    mutating func chance(_ percent: Int) -> Bool {
        int(0...99) < percent
    }

    /// One of `items`, which must not be empty.
    mutating func pick<T>(_ items: [T]) -> T {
        items[int(0...(items.count - 1))]
    }

    /// An index into `weights`, each as likely as its weight.
    mutating func index(weightedBy weights: [Int]) -> Int {
        var ticket = int(0...(weights.reduce(0, +) - 1))
        for (index, weight) in weights.enumerated() {
            if ticket < weight { return index }
            ticket -= weight
        }
        return weights.count - 1
    }

    /// An index below `count`, low ones far likelier: a shop sells its first items most, like real
    /// best-sellers, so the item reports have a head and a long tail.
    mutating func popular(below count: Int) -> Int {
        let spread = int(0...(count - 1))
        return int(0...spread)
    }

    /// An id shaped like the app's (a lowercase UUID), but repeatable.
    mutating func uuid() -> String {
        let high = generator.next()
        let low = generator.next()
        let hex = String(high, radix: 16).zeroPadded(to: 16) + String(low, radix: 16).zeroPadded(to: 16)
        let parts = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { range in
            String(hex.dropFirst(range.lowerBound).prefix(range.count))
        }
        return parts.joined(separator: "-")
    }
}

extension String {
    /// The text with zeros in front up to `width` characters: "42" → "000042".
    func zeroPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
