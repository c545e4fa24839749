import TillCore

/// Makes barcoded grocery items one after another: a brand, a kind, a flavour and a size from an
/// aisle, a shelf price ending in 0 or 5 rappen, and an EAN-13 under the brand's company prefix.
///
/// Item references run through every 6-digit number of a company before one repeats (a stride
/// coprime with 10^6), so barcodes stay unique for a million items and still look scattered.
struct DemoGrocery {
    private var random: DemoRandom
    /// Items made so far under each company prefix.
    private var madeBy: [String: Int] = [:]
    private var made = 0
    private let shares = DemoAisle.all.map(\.share)

    init(seed: UInt64) {
        random = DemoRandom(seed: seed, .catalog)
    }

    /// The next item; the same seed makes the same items in the same order.
    mutating func next() -> Product {
        made += 1
        let aisle = DemoAisle.all[random.index(weightedBy: shares)]
        let brand = random.pick(aisle.brands)
        let kind = random.pick(aisle.kinds)
        let variant = kind.variants.isEmpty ? nil : random.pick(kind.variants)
        let size = random.pick(kind.sizes)
        let price = Self.shelfPrice(random.amount(kind.price) * size.pricePercent / 100)
        let sku = "G" + String(made).zeroPadded(to: 7)
        let name = [brand.name, kind.name, variant, size.label].compactMap { $0 }.joined(separator: " ")
        let happyHour = aisle.happyHourPercent.map { percent in
            [TimedPrice(window: Self.happyHour, price: Self.shelfPrice(price * percent / 100))]
        } ?? []
        return Product(id: ProductID(sku.lowercased()), sku: sku, name: name, brand: brand.name, categoryID: aisle.category.id,
                       price: price, taxCodes: [aisle.tax], barcodes: [barcode(for: brand)],
                       minimumAge: kind.minimumAge ?? aisle.minimumAge, timedPrices: happyHour)
    }

    /// Weekdays 17:00–19:00, when beer is cheaper.
    static let happyHour = TimeWindow(weekdays: [1, 2, 3, 4, 5], from: (17, 0), to: (19, 0))

    /// The brand's next EAN-13: company prefix, item reference, check digit.
    private mutating func barcode(for brand: DemoAisle.Brand) -> String {
        let count = madeBy[brand.company, default: 0]
        madeBy[brand.company] = count + 1
        let reference = (count * Self.referenceStride + Self.referenceStride) % 1_000_000
        return Self.ean13(brand.company + String(reference).zeroPadded(to: 6))
    }

    /// Steps through item references; coprime with 10^6, so a million steps visit every reference once.
    private static let referenceStride = 7_919

    /// The 12 digits with their GS1 check digit appended.
    static func ean13(_ payload: String) -> String {
        // The payload is 12 ASCII digits made above, which always have a check digit.
        payload + String((try? GS1Check.checkDigit(for: payload)) ?? 0)
    }

    /// A price as a shelf shows it: rounded to 5 rappen, and never below 0.50.
    private static func shelfPrice(_ amount: Int64) -> Int64 {
        max(50, (amount + 2) / 5 * 5)
    }
}
