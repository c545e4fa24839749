import Foundation
import TillCore

/// The catalog the store scenarios use, made from word lists by a seeded generator, so every run and
/// its raw baseline see the same products, name prefixes and barcodes.
struct BenchCatalog: Sendable {
    let count: Int

    /// Product `index`: an EAN-13 from the index (so barcodes never collide), every 100th sold by
    /// the kilogram with a PLU.
    func product(_ index: Int) throws -> BenchProduct {
        var random = SplitMix64(seed: UInt64(index) &* 0x9E37_79B9 &+ 17)
        func pick(_ words: [String]) -> String { words[Int(random.next() % UInt64(words.count))] }
        let name = "\(pick(Self.adjectives)) \(pick(Self.nouns)) \(pick(Self.forms))"
        let payload = "76" + Self.padded(index, to: 10)
        let ean = payload + String(try GS1Check.checkDigit(for: payload))
        let kilogram = index % 100 == 7
        return BenchProduct(
            sku: "P" + Self.padded(index, to: 7), name: name, brand: pick(Self.brands), category: pick(Self.categories),
            price: Int64(50 + random.next() % 9_950), tax: random.next() % 4 == 0 ? "standard" : "reduced",
            ean: ean, plu: kilogram ? String(10_000 + index / 100) : nil)
    }

    /// Writes the catalog as an import CSV at `path`, in chunks of about 1 MB.
    func writeCSV(to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil), let file = FileHandle(forWritingAtPath: path) else {
            throw RawSQLiteError(message: "cannot create \(path)")
        }
        defer { try? file.close() }
        var text = "sku,name,price,tax,category,barcodes,unit,plu,brand\n"
        for index in 0..<count {
            let product = try product(index)
            text += "\(product.sku),\(product.name),\(product.priceText),\(product.tax),\(product.category),\(product.ean),"
                + "\(product.plu == nil ? "each" : "kg"),\(product.plu ?? ""),\(product.brand)\n"
            if text.utf8.count >= 1 << 20 {
                try file.write(contentsOf: Data(text.utf8))
                text = ""
            }
        }
        try file.write(contentsOf: Data(text.utf8))
    }

    /// `count` EAN-13 codes of products sold by the piece, at seeded random places in the catalog.
    func scanCodes(_ count: Int) throws -> [String] {
        var random = SplitMix64(seed: 2_026)
        var codes: [String] = []
        while codes.count < count {
            let product = try product(Int(random.next() % UInt64(self.count)))
            if product.plu == nil { codes.append(product.ean) }
        }
        return codes
    }

    /// What a cashier types into search: the first 3, 4 or 5 letters of the words names and brands are made of, shuffled.
    static var prefixes: [String] {
        var random = SplitMix64(seed: 5)
        let words = adjectives + nouns + forms + brands
        return [3, 4, 5].flatMap { length in words.filter { $0.count > length }.map { String($0.prefix(length)).lowercased() } }
            .shuffled(using: &random)
    }

    private static func padded(_ number: Int, to width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    static let categories = [
        "Fruit", "Vegetables", "Dairy", "Cheese", "Bakery", "Butchery", "Fish", "Deli", "Frozen", "Ice Cream",
        "Cereals", "Pasta", "Rice", "Sauces", "Spices", "Oils", "Canned", "Snacks", "Sweets", "Chocolate",
        "Biscuits", "Coffee", "Tea", "Juices", "Soft Drinks", "Water", "Beer", "Wine", "Spirits", "Baby",
        "Pet Food", "Cleaning", "Laundry", "Paper", "Hygiene", "Cosmetics", "Pharmacy", "Household", "Kitchen", "Garden",
        "Flowers", "Stationery", "Toys", "Magazines", "Tobacco", "Batteries", "Lighting", "Textiles", "Seasonal", "Organic",
    ]
    static let brands = [
        "Alpina", "Bergwald", "Chalet", "Dorfmühle", "Edelweiss", "Felsberg", "Gletscher", "Heidi", "Inseli", "Jungfrau",
        "Kirchberg", "Lindenhof", "Matterhof", "Nordwand", "Oberland", "Pilatus", "Quellfrisch", "Rigi", "Säntis", "Tödi",
    ]
    static let adjectives = [
        "Organic", "Fresh", "Smoked", "Roasted", "Crispy", "Creamy", "Spicy", "Sweet", "Salted", "Wholegrain",
        "Mild", "Strong", "Light", "Classic", "Premium", "Rustic", "Golden", "Dark", "Wild", "Alpine",
        "Farmhouse", "Tender", "Zesty", "Mountain", "Garden",
    ]
    static let nouns = [
        "Apple", "Apricot", "Banana", "Blueberry", "Carrot", "Cherry", "Chicken", "Chocolate", "Coconut", "Coffee",
        "Cranberry", "Cucumber", "Emmental", "Gruyère", "Hazelnut", "Honey", "Lemon", "Lentil", "Mango", "Mushroom",
        "Oat", "Olive", "Onion", "Orange", "Peach", "Peanut", "Pear", "Pepper", "Pineapple", "Pistachio",
        "Plum", "Potato", "Pumpkin", "Raspberry", "Salmon", "Spinach", "Strawberry", "Tomato", "Tuna", "Vanilla",
        "Walnut", "Almond", "Basil", "Butter", "Caramel", "Cinnamon", "Garlic", "Ginger", "Mozzarella", "Sesame",
        "Beef", "Pork", "Turkey", "Yoghurt", "Quinoa", "Barley", "Rye", "Spelt", "Cashew", "Raisin",
    ]
    static let forms = [
        "Juice", "Jam", "Bar", "Biscuits", "Cake", "Soup", "Sauce", "Salad", "Bread", "Spread",
        "Muesli", "Crisps", "Drink", "Tart", "Pesto", "Slices", "Fillets", "Paste", "Cream", "Mix",
    ]
}

/// One generated product, as the CSV row and the raw baseline both write it.
struct BenchProduct: Sendable {
    let sku: String
    let name: String
    let brand: String
    let category: String
    /// In minor units.
    let price: Int64
    let tax: String
    let ean: String
    /// Set for products sold by the kilogram.
    let plu: String?

    var priceText: String {
        let cents = price % 100
        return "\(price / 100).\(cents < 10 ? "0" : "")\(cents)"
    }
}
