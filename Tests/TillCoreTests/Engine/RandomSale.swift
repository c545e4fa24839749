import TillCore

/// A random but reproducible sale: catalog, promotions, policy, cart and tenders.
struct RandomSale {
    let context: PricingContext
    var cart: Cart

    init(_ rng: inout SplitMix64) throws {
        let policy = TaxPolicy(mode: Bool.random(using: &rng) ? .inclusive : .exclusive,
                               rounding: Bool.random(using: &rng) ? .perLine : .perTotal,
                               roundingMode: RoundingMode.allCases.randomElement(using: &rng)!)
        let table = try TaxTable([
            TaxClass(code: "a", rate: TaxRate(millionths: Int64.random(in: 0...250_000, using: &rng))),
            TaxClass(code: "b", rate: TaxRate(millionths: Int64.random(in: 0...100_000, using: &rng))),
            TaxClass(code: "c", rate: TaxRate(millionths: Int64.random(in: 0...50_000, using: &rng))),
        ])
        let categories = ["food", "drink", "misc"]
        var promotions: [Promotion] = []
        for index in 0..<Int.random(in: 0...3, using: &rng) {
            let category = categories.randomElement(using: &rng)!
            let rule: PromotionRule = switch Int.random(in: 0...2, using: &rng) {
            case 0: .mixAndMatch(items: .category(category), quantity: Int.random(in: 2...4, using: &rng), price: Int64.random(in: 100...2000, using: &rng))
            case 1: .buyGet(buy: .category(category), buyQuantity: Int.random(in: 1...3, using: &rng), get: .category(categories.randomElement(using: &rng)!),
                            getQuantity: 1, basisPoints: Int64.random(in: 1...10_000, using: &rng))
            default: .categoryPercent(category: category, basisPoints: Int64.random(in: 1...5000, using: &rng))
            }
            promotions.append(Promotion(id: "p\(index)", name: "promo \(index)", rule: rule))
        }
        context = PricingContext(currency: Currency.named("EUR")!, tax: TaxCalculator(table: table, policy: policy),
                                 promotions: promotions, cashIncrement: [1, 5, 10, 100].randomElement(using: &rng)!)
        let time = LocalTime(weekday: 3, minuteOfDay: 600)
        cart = Cart(currency: context.currency, openedAt: time)
        for index in 0..<Int.random(in: 1...12, using: &rng) {
            let weighed = Int.random(in: 0..<5, using: &rng) == 0
            var product = Product(
                id: ProductID("p\(index)"), sku: "p\(index)", name: "item \(index)",
                categoryID: categories.randomElement(using: &rng), price: Int64.random(in: 1...50_000, using: &rng),
                taxCodes: Array(["a", "b", "c"].shuffled(using: &rng).prefix(Int.random(in: 1...2, using: &rng))),
                unit: weighed ? .kilogram : .each)
            if !weighed && Int.random(in: 0..<6, using: &rng) == 0 { product.pricedPer = .each(3) }
            let quantity: Quantity = weighed ? .grams(Int64.random(in: 1...5000, using: &rng)) : .each(Int64.random(in: 1...6, using: &rng))
            let line = try cart.add(product, quantity: quantity, at: time)
            switch Int.random(in: 0..<8, using: &rng) {
            case 0: try cart.discount(.percent(basisPoints: Int64.random(in: 1...10_000, using: &rng)), line: line, rounding: policy.roundingMode)
            case 1: try cart.overridePrice(Int64.random(in: 0...50_000, using: &rng), line: line, approvedBy: "sup")
            case 2: try cart.void(line: line)
            default: break
            }
        }
        if Bool.random(using: &rng), let subtotal = try? context.price(cart).lines.reduce(0, { $0 + $1.net }), subtotal > 0 {
            try cart.discountOrder(Bool.random(using: &rng)
                ? .percent(basisPoints: Int64.random(in: 1...10_000, using: &rng))
                : .amount(Int64.random(in: 1...subtotal, using: &rng)))
        }
        cart.taxExempt = Int.random(in: 0..<10, using: &rng) == 0
    }

    /// Pays with up to two non-cash tenders, then cash with some over, as a cashier would.
    mutating func pay(_ rng: inout SplitMix64) throws -> PaymentSummary {
        var summary = try cart.payment(context)
        for kind in [TenderKind.card, .voucher] where summary.remaining > 1 && Bool.random(using: &rng) {
            summary = try cart.addTender(kind, amount: Int64.random(in: 1..<summary.remaining, using: &rng), context: context)
        }
        while !summary.isComplete {
            let due = try summary.cashDue(increment: context.cashIncrement)
            summary = try cart.addTender(.cash, amount: due + Int64.random(in: 0...5000, using: &rng), context: context)
        }
        return summary
    }
}
