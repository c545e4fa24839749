import TillCore

/// One shopper's trip through the demo shop: what they came for at this hour, and the items it makes.
struct DemoBasket {
    /// Why the shopper came in, which decides how much they buy and where from.
    enum Trip: CaseIterable {
        case coffee
        case lunch
        case topUp
        case weeklyShop
    }

    /// One item as the cashier rings it up: how much, and which options.
    struct Line {
        let product: Product
        let quantity: Quantity
        let modifiers: [String: [String]]
    }

    let trip: Trip
    let lines: [Line]

    /// A trip at `time`: coffee in the morning, lunch at midday, the weekly shop in the evening and at weekends.
    init(at time: LocalTime, from shelf: DemoShelf, random: inout DemoRandom) {
        let hour = time.minuteOfDay / 60
        let weekend = time.weekday >= 6
        let weights: [Int] = switch hour {
        case ..<11: [60, 0, 30, weekend ? 25 : 10]
        case 11..<14: [20, 50, 25, weekend ? 20 : 5]
        case 14..<17: [30, 5, 40, weekend ? 45 : 25]
        default: [5, 0, 45, 50]
        }
        trip = Trip.allCases[random.index(weightedBy: weights)]
        var picker = Picker(shelf: shelf, time: time)
        switch trip {
        case .coffee:
            picker.take(random.index(weightedBy: [65, 28, 7]) + 1, from: \.cafe, &random)
            if random.chance(50) { picker.take(1, from: \.bakery, &random) }
        case .lunch:
            picker.take(1, from: random.chance(70) ? \.deli : \.bakery, &random)
            if random.chance(70) { picker.take(1, from: random.chance(60) ? \.drinks : \.cafe, &random) }
            if random.chance(30) { picker.take(1, from: \.scale, &random) }
            if random.chance(25) { picker.take(1, from: \.aisles, &random) }
        case .topUp:
            picker.take(random.int(2...6), from: \.aisles, &random)
            if random.chance(40) { picker.take(random.int(1...2), from: \.scale, &random) }
            if random.chance(25) { picker.take(1, from: \.drinks, &random) }
            if hour >= 16, random.chance(25) { picker.take(1, from: \.restricted, &random) }
        case .weeklyShop:
            picker.take(random.int(6...18), from: \.aisles, &random)
            picker.take(random.int(1...4), from: \.scale, &random)
            picker.take(random.int(0...3), from: \.drinks, &random)
            if random.chance(40) { picker.take(1, from: \.deli, &random) }
            if random.chance(hour >= 17 || weekend ? 50 : 25) { picker.take(random.int(1...2), from: \.restricted, &random) }
        }
        lines = picker.lines
    }

    /// Takes items off the shelves, skipping what cannot be sold at this time (breakfast after 11:00).
    private struct Picker {
        let shelf: DemoShelf
        let time: LocalTime
        var lines: [Line] = []

        mutating func take(_ count: Int, from part: KeyPath<DemoShelf, [Product]>, _ random: inout DemoRandom) {
            let products = shelf[keyPath: part]
            guard !products.isEmpty else { return }
            for _ in 0..<count {
                guard let product = available(products, from: random.popular(below: products.count)) else { return }
                lines.append(Line(product: product, quantity: Self.quantity(of: product, &random),
                                  modifiers: Self.options(for: product, &random)))
            }
        }

        /// The product at `start`, or the next one on the shelf that may be sold now.
        private func available(_ products: [Product], from start: Int) -> Product? {
            for offset in products.indices {
                let product = products[(start + offset) % products.count]
                if product.availability.allows(time) { return product }
            }
            return nil
        }

        /// Half a kilo of apples, 150 g of ham, or one, two or a few of a counted item.
        private static func quantity(of product: Product, _ random: inout DemoRandom) -> Quantity {
            switch (product.unit, product.categoryID) {
            case (.kilogram, "deli"): .grams(Int64(random.int(80...350)))
            case (.kilogram, _): .grams(Int64(random.int(150...1_600)))
            default: .each(Int64(random.index(weightedBy: [85, 11, 4]) + 1))
            }
        }

        /// One option of every group that needs one, and now and then of one that does not.
        private static func options(for product: Product, _ random: inout DemoRandom) -> [String: [String]] {
            var chosen: [String: [String]] = [:]
            for group in product.modifierGroups where !group.options.isEmpty && (group.minChoices > 0 || random.chance(35)) {
                chosen[group.id] = [random.pick(group.options).id]
            }
            return chosen
        }
    }
}
