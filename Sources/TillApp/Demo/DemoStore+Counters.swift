import TillCore

extension DemoStore {
    /// The café's ten tables: drinks from the bar, breakfast as starters, the rest from the kitchen;
    /// both stations print on the receipt printer.
    static var demoTables: RestaurantSettings {
        var restaurant = RestaurantSettings()
        restaurant.tables = (1...10).map(String.init)
        restaurant.stations = ["coffee": "bar", "drinks": "bar", "wine": "bar"]
        restaurant.courses = ["coffee": .drinks, "drinks": .drinks, "wine": .drinks, "bakery": .starters]
        // Swiss VAT: food and soft drinks taken away are taxed at the reduced rate.
        restaurant.takeOutTaxes = ["standard": "reduced"]
        restaurant.deliveryTaxes = ["standard": "reduced"]
        return restaurant
    }

    /// The categories a generated demo store adds to the hand-written five, in menu order.
    static let addedCategories = [
        Category(id: "deli", name: "Deli counter"), Category(id: "dairy", name: "Dairy & eggs"), Category(id: "drinks", name: "Drinks"),
        Category(id: "snacks", name: "Snacks & sweets"), Category(id: "frozen", name: "Frozen"), Category(id: "household", name: "Household"),
        Category(id: "care", name: "Personal care"), Category(id: "wine", name: "Wine & spirits"),
    ]

    /// The items of the café, the bakery, the produce scale and the deli counter that a generated store
    /// adds after the hand-written ones: the same in every store, as a shop's own counters are.
    ///
    /// Drinks take the latte's size and milk options; breakfast ends at 11:00; produce and the deli's
    /// cold cuts are weighed and rung up by PLU.
    static let counterItems: [Product] = cafe + breakfastMenu + produce + deli

    private static let cafe = [
        item("hot-chocolate", "Hot chocolate", 520, "coffee", plu: "106", options: coffeeOptions),
        item("chai-latte", "Chai latte", 590, "coffee", plu: "107", options: coffeeOptions),
        item("iced-latte", "Iced latte", 620, "coffee", plu: "108", options: coffeeOptions),
        item("macchiato", "Latte macchiato", 580, "coffee", plu: "109", options: coffeeOptions),
        item("orange-juice", "Fresh orange juice", 550, "coffee", plu: "110"),
    ]

    private static let breakfastMenu = [
        item("ham-croissant", "Ham croissant (until 11:00)", 420, "bakery", plu: "205", tax: "reduced", hours: breakfast),
        item("avocado-toast", "Avocado toast (until 11:00)", 890, "bakery", plu: "206", tax: "reduced", hours: breakfast),
        item("granola", "Yoghurt & granola (until 11:00)", 590, "bakery", plu: "207", tax: "reduced", hours: breakfast),
        item("bread-roll", "Bread roll", 90, "bakery", plu: "208", tax: "reduced"),
        item("sourdough", "Sourdough loaf", 590, "bakery", plu: "209", tax: "reduced"),
        item("muffin", "Blueberry muffin", 390, "bakery", plu: "210", tax: "reduced"),
    ]

    /// Fruit and vegetables by the kilogram under their IFPS PLUs (organic ones with a leading 9).
    private static let produce = [
        ("4012", "Oranges", 380), ("4022", "Green grapes", 690), ("4023", "Red grapes", 690), ("4053", "Lemons", 450),
        ("4048", "Limes", 790), ("4030", "Kiwis", 590), ("4050", "Melon", 390), ("4225", "Avocados", 990),
        ("4021", "Pears", 440), ("4133", "Gala apples", 450), ("4088", "Red peppers", 690), ("4065", "Green peppers", 590),
        ("4087", "Tomatoes", 490), ("4664", "Vine tomatoes", 690), ("4062", "Cucumbers", 350), ("4081", "Aubergines", 550),
        ("4067", "Courgettes", 480), ("4060", "Broccoli", 590), ("4562", "Carrots", 240), ("4072", "Potatoes", 220),
        ("4093", "Onions", 260), ("4082", "Red onions", 350), ("4608", "Garlic", 1200), ("4612", "Ginger", 1190),
        ("4068", "Spring onions", 890), ("4069", "White cabbage", 290), ("4614", "Leeks", 450), ("4045", "Cherries", 1490),
        ("94011", "Organic bananas", 390), ("94062", "Organic cucumbers", 490), ("94562", "Organic carrots", 380),
    ].map { plu, name, price in
        weighed("produce-\(plu)", "\(name) (kg)", Int64(price), plu: plu)
    }

    /// Cold cuts, cheese and salads weighed at the counter, then sandwiches by the piece.
    private static let deli = [
        ("301", "Ham, sliced", 3290), ("302", "Salami Milano", 4490), ("303", "Bündnerfleisch", 8990), ("304", "Roast beef", 5890),
        ("305", "Turkey breast", 3990), ("306", "Gruyère AOP", 2690), ("307", "Appenzeller", 2490), ("308", "Mixed olives", 2990),
        ("309", "Antipasti", 3490), ("310", "Hummus", 2290), ("311", "Potato salad", 1590), ("312", "Pasta salad", 1890),
        ("313", "Smoked salmon", 6990), ("314", "Roast chicken", 1990), ("315", "Meatballs", 2790), ("316", "Lasagne", 2190),
    ].map { plu, name, price in
        item("deli-\(plu)", "\(name) (kg)", Int64(price), "deli", plu: plu, tax: "reduced", unit: .kilogram)
    } + [
        ("321", "Ham sandwich", 650), ("322", "Cheese sandwich", 590), ("323", "Tuna sandwich", 690), ("324", "Caprese ciabatta", 790),
    ].map { plu, name, price in
        item("deli-\(plu)", name, Int64(price), "deli", plu: plu, tax: "reduced")
    }
}
