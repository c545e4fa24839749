import TillCore

/// One aisle of the demo's grocery: a category, its tax class and age limit, its brands, and the kinds
/// of product each brand may make, from which the generator draws names, prices and barcodes.
struct DemoAisle: Sendable {
    /// A brand and the GS1 company prefix its barcodes start with (country and company, 6 digits).
    struct Brand: Sendable {
        let name: String
        let company: String
    }

    /// A kind of product and how it varies: "Yoghurt" in flavours and pot sizes.
    struct Kind: Sendable {
        let name: String
        /// Flavours or types ("strawberry"); empty when the kind comes in one.
        let variants: [String]
        /// Pack sizes with their price as a percentage of the first size's.
        let sizes: [(label: String, pricePercent: Int64)]
        /// The first size's shelf price, in minor units.
        let price: ClosedRange<Int64>
        /// Buyers' minimum age, when it differs from the aisle's (spirits in the wine aisle).
        let minimumAge: Int?

        init(_ name: String, _ variants: [String] = [], sizes: [(String, Int64)], price: ClosedRange<Int64>, minimumAge: Int? = nil) {
            self.name = name
            self.variants = variants
            self.sizes = sizes.map { (label: $0.0, pricePercent: $0.1) }
            self.price = price
            self.minimumAge = minimumAge
        }
    }

    let category: Category
    let tax: String
    let minimumAge: Int?
    /// Weekday evening prices, as a share of the shelf price in percent (happy hour on beer).
    let happyHourPercent: Int64?
    /// How many products of every hundred come from this aisle.
    let share: Int
    let brands: [Brand]
    let kinds: [Kind]

    init(_ category: Category, tax: String, share: Int, minimumAge: Int? = nil, happyHourPercent: Int64? = nil,
         brands: [(String, String)], kinds: [Kind]) {
        self.category = category
        self.tax = tax
        self.share = share
        self.minimumAge = minimumAge
        self.happyHourPercent = happyHourPercent
        self.brands = brands.map { Brand(name: $0.0, company: $0.1) }
        self.kinds = kinds
    }
}
