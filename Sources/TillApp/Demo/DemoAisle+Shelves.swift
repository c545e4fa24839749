import TillCore

extension DemoAisle {
    /// The grocery aisles the generator fills, with made-up brands whose company prefixes are unique.
    ///
    /// Food and soft drinks carry the reduced rate, everything else the standard one; beer and wine
    /// need a buyer of 16, spirits of 18 (Swiss rules).
    static let all: [DemoAisle] = [dairy, drinks, pantry, snacks, frozen, household, care, beer, wine]

    static let dairy = DemoAisle(
        Category(id: "dairy", name: "Dairy & eggs"), tax: "reduced", share: 16,
        brands: [("Bergmilch", "761101"), ("Alpenhof", "761102"), ("Sonnmatt", "761103"), ("Weidli", "400214"),
                 ("Laiterie du Lac", "300281")],
        kinds: [
            Kind("Whole milk", sizes: [("1 l", 100), ("500 ml", 60)], price: 150...195),
            Kind("Semi-skimmed milk", sizes: [("1 l", 100), ("500 ml", 60)], price: 140...185),
            Kind("Yoghurt", ["strawberry", "vanilla", "natural", "apricot", "mocha", "raspberry", "hazelnut"],
                 sizes: [("150 g", 100), ("500 g", 270)], price: 60...95),
            Kind("Greek yoghurt", ["natural", "honey"], sizes: [("170 g", 100), ("500 g", 250)], price: 120...165),
            Kind("Butter", sizes: [("100 g", 100), ("250 g", 220)], price: 180...260),
            Kind("Whipping cream", sizes: [("2.5 dl", 100), ("5 dl", 185)], price: 220...290),
            Kind("Quark", ["natural", "low-fat"], sizes: [("250 g", 100), ("500 g", 180)], price: 150...210),
            Kind("Emmentaler", sizes: [("200 g", 100), ("400 g", 190)], price: 390...520),
            Kind("Gruyère", ["mild", "aged"], sizes: [("200 g", 100), ("400 g", 190)], price: 450...620),
            Kind("Mozzarella", sizes: [("150 g", 100), ("3 × 150 g", 270)], price: 130...210),
            Kind("Free-range eggs", sizes: [("6 pcs", 100), ("10 pcs", 160)], price: 380...520),
        ])

    static let drinks = DemoAisle(
        Category(id: "drinks", name: "Drinks"), tax: "reduced", share: 12,
        brands: [("Quellwasser", "761201"), ("Alpquell", "761202"), ("FruchtHof", "400556"), ("Limo Lux", "761204"),
                 ("Bergtee", "761205")],
        kinds: [
            Kind("Mineral water", ["still", "sparkling", "lightly sparkling"], sizes: [("1.5 l", 100), ("50 cl", 60), ("6 × 1.5 l", 520)],
                 price: 75...140),
            Kind("Orange juice", sizes: [("1 l", 100), ("33 cl", 55)], price: 210...320),
            Kind("Apple juice", ["clear", "cloudy"], sizes: [("1 l", 100), ("33 cl", 55)], price: 180...280),
            Kind("Iced tea", ["lemon", "peach", "green"], sizes: [("1.5 l", 100), ("50 cl", 55)], price: 150...220),
            Kind("Cola", ["classic", "zero"], sizes: [("1.5 l", 100), ("50 cl", 60), ("6 × 33 cl", 310)], price: 170...240),
            Kind("Lemonade", ["lemon", "elderflower", "raspberry"], sizes: [("1 l", 100), ("33 cl", 60)], price: 190...290),
            Kind("Energy drink", sizes: [("25 cl", 100), ("4 × 25 cl", 350)], price: 150...210),
            Kind("Cold brew coffee", ["black", "with milk"], sizes: [("25 cl", 100)], price: 250...340),
        ])

    static let pantry = DemoAisle(
        Category(id: "grocery", name: "Grocery"), tax: "reduced", share: 20,
        brands: [("Casa Nonna", "800345"), ("Bergkorn", "761302"), ("Goldähre", "400712"), ("Le Potager", "300456"),
                 ("Asia Wok", "761305"), ("Sonnmatt", "761103")],
        kinds: [
            Kind("Spaghetti", sizes: [("500 g", 100), ("1 kg", 180)], price: 120...260),
            Kind("Penne", ["classic", "wholemeal"], sizes: [("500 g", 100), ("1 kg", 180)], price: 120...260),
            Kind("Basmati rice", sizes: [("1 kg", 100), ("500 g", 60)], price: 290...420),
            Kind("Risotto rice", sizes: [("1 kg", 100)], price: 320...450),
            Kind("Chopped tomatoes", sizes: [("400 g", 100), ("3 × 400 g", 270)], price: 90...150),
            Kind("Chickpeas", sizes: [("400 g", 100)], price: 110...170),
            Kind("Tuna", ["in olive oil", "in water"], sizes: [("155 g", 100), ("3 × 155 g", 270)], price: 240...350),
            Kind("Olive oil", ["extra virgin"], sizes: [("5 dl", 100), ("1 l", 185)], price: 690...1190),
            Kind("Flour", ["white", "wholemeal", "spelt"], sizes: [("1 kg", 100)], price: 140...290),
            Kind("Muesli", ["crunchy", "fruit", "nut"], sizes: [("500 g", 100), ("1 kg", 180)], price: 390...590),
            Kind("Honey", ["flower", "forest"], sizes: [("250 g", 100), ("500 g", 185)], price: 490...890),
            Kind("Jam", ["strawberry", "apricot", "cherry", "raspberry"], sizes: [("350 g", 100)], price: 260...420),
            Kind("Coffee beans", ["espresso", "crema"], sizes: [("500 g", 100), ("1 kg", 190)], price: 790...1290),
            Kind("Black tea", ["English breakfast", "Earl Grey"], sizes: [("20 bags", 100)], price: 220...390),
            Kind("Herbal tea", ["peppermint", "chamomile", "rooibos"], sizes: [("20 bags", 100)], price: 210...360),
            Kind("Pesto", ["genovese", "rosso"], sizes: [("190 g", 100)], price: 290...420),
            Kind("Coconut milk", sizes: [("400 ml", 100)], price: 190...290),
            Kind("Soy sauce", sizes: [("250 ml", 100)], price: 250...390),
            Kind("Mustard", ["medium", "hot"], sizes: [("200 g", 100)], price: 150...240),
            Kind("Stock cubes", ["vegetable", "chicken", "beef"], sizes: [("8 pcs", 100)], price: 190...290),
        ])

    static let snacks = DemoAisle(
        Category(id: "snacks", name: "Snacks & sweets"), tax: "reduced", share: 12,
        brands: [("Chocolat Alpin", "761401"), ("Crispy Co", "761402"), ("Knusper", "400903"), ("Dolce Vita", "800612")],
        kinds: [
            Kind("Milk chocolate", ["hazelnut", "almond", "caramel", "extra fine"], sizes: [("100 g", 100), ("300 g", 260)], price: 160...260),
            Kind("Dark chocolate", ["70 %", "85 %", "orange", "sea salt"], sizes: [("100 g", 100)], price: 190...320),
            Kind("Potato crisps", ["salted", "paprika", "salt & vinegar", "sour cream"], sizes: [("90 g", 100), ("175 g", 170)],
                 price: 150...240),
            Kind("Tortilla chips", ["salted", "chili"], sizes: [("200 g", 100)], price: 190...280),
            Kind("Salted peanuts", sizes: [("200 g", 100), ("500 g", 210)], price: 170...260),
            Kind("Butter biscuits", sizes: [("200 g", 100)], price: 180...290),
            Kind("Gummy bears", ["fruit", "sour"], sizes: [("200 g", 100)], price: 150...240),
            Kind("Cereal bar", ["nut", "berry", "chocolate"], sizes: [("1 pc", 100), ("6 pcs", 480)], price: 90...140),
            Kind("Popcorn", ["sweet", "salted"], sizes: [("100 g", 100)], price: 190...260),
        ])

    static let frozen = DemoAisle(
        Category(id: "frozen", name: "Frozen"), tax: "reduced", share: 7,
        brands: [("Polar", "761501"), ("Eisberg", "400921"), ("Forno di Nonna", "800733")],
        kinds: [
            Kind("Pizza", ["margherita", "prosciutto", "funghi", "quattro formaggi", "diavola"], sizes: [("350 g", 100), ("2 × 350 g", 185)],
                 price: 390...590),
            Kind("Ice cream", ["vanilla", "chocolate", "strawberry", "stracciatella"], sizes: [("500 ml", 100), ("1 l", 170)],
                 price: 390...690),
            Kind("Garden peas", sizes: [("500 g", 100), ("1 kg", 170)], price: 250...350),
            Kind("Spinach", ["leaf", "creamed"], sizes: [("500 g", 100)], price: 260...360),
            Kind("Fish fingers", sizes: [("15 pcs", 100)], price: 490...690),
            Kind("French fries", sizes: [("750 g", 100)], price: 290...420),
            Kind("Berry mix", sizes: [("300 g", 100)], price: 390...550),
        ])

    static let household = DemoAisle(
        Category(id: "household", name: "Household"), tax: "standard", share: 9,
        brands: [("Blitzblank", "761601"), ("CleanHome", "400934"), ("Eco Clean", "761603"), ("Softis", "761604")],
        kinds: [
            Kind("Washing-up liquid", ["lemon", "sensitive"], sizes: [("500 ml", 100), ("1 l", 170)], price: 190...320),
            Kind("Laundry detergent", ["colour", "white", "sensitive"], sizes: [("1.5 l", 100), ("3 l", 180)], price: 890...1490),
            Kind("Dishwasher tabs", ["classic", "all-in-one"], sizes: [("30 pcs", 100), ("60 pcs", 180)], price: 690...1190),
            Kind("Kitchen roll", sizes: [("4 rolls", 100), ("8 rolls", 180)], price: 390...590),
            Kind("Toilet paper", ["3-ply", "4-ply"], sizes: [("8 rolls", 100), ("24 rolls", 260)], price: 450...690),
            Kind("Bin bags", ["35 l", "60 l"], sizes: [("20 pcs", 100)], price: 290...450),
            Kind("All-purpose cleaner", sizes: [("750 ml", 100)], price: 290...450),
            Kind("Aluminium foil", sizes: [("30 m", 100)], price: 290...420),
            Kind("Batteries", ["AA", "AAA"], sizes: [("4 pcs", 100), ("8 pcs", 175)], price: 490...790),
            Kind("LED bulb", ["6 W", "9 W"], sizes: [("1 pc", 100)], price: 590...990),
        ])

    static let care = DemoAisle(
        Category(id: "care", name: "Personal care"), tax: "standard", share: 7,
        brands: [("Alpenkräuter", "761701"), ("Pure Skin", "400945"), ("Dentaclar", "761703"), ("Soft & Care", "761704")],
        kinds: [
            Kind("Shampoo", ["normal", "anti-dandruff", "repair"], sizes: [("250 ml", 100), ("500 ml", 170)], price: 290...590),
            Kind("Shower gel", ["fresh", "sensitive", "lavender"], sizes: [("250 ml", 100)], price: 220...390),
            Kind("Toothpaste", ["whitening", "sensitive", "herbal"], sizes: [("75 ml", 100), ("2 × 75 ml", 180)], price: 290...490),
            Kind("Toothbrush", ["soft", "medium"], sizes: [("1 pc", 100), ("2 pcs", 170)], price: 250...490),
            Kind("Deodorant", ["fresh", "sensitive"], sizes: [("150 ml", 100)], price: 290...450),
            Kind("Hand soap", ["aloe", "citrus"], sizes: [("300 ml", 100)], price: 190...320),
            Kind("Tissues", sizes: [("10 packs", 100)], price: 190...290),
            Kind("Sun cream", ["SPF 30", "SPF 50"], sizes: [("200 ml", 100)], price: 990...1690),
        ])

    static let beer = DemoAisle(
        Category(id: "beer", name: "Beer"), tax: "standard", share: 5, minimumAge: 16, happyHourPercent: 80,
        brands: [("Brauerei Linde", "761801"), ("Bergbräu", "761802"), ("Hopfenwerk", "400956"), ("Birra del Lago", "800744")],
        kinds: [
            Kind("Lager", sizes: [("50 cl", 100), ("6 × 50 cl", 520)], price: 150...240),
            Kind("Pale ale", sizes: [("33 cl", 100), ("6 × 33 cl", 540)], price: 220...340),
            Kind("Wheat beer", sizes: [("50 cl", 100)], price: 190...290),
            Kind("Amber", sizes: [("33 cl", 100)], price: 210...320),
            Kind("IPA", sizes: [("33 cl", 100), ("4 × 33 cl", 370)], price: 290...420),
            Kind("Radler", ["lemon", "grapefruit"], sizes: [("50 cl", 100)], price: 150...220),
        ])

    static let wine = DemoAisle(
        Category(id: "wine", name: "Wine & spirits"), tax: "standard", share: 5, minimumAge: 16,
        brands: [("Domaine du Lac", "761901"), ("Cave du Valais", "761902"), ("Tenuta Rossa", "800755"),
                 ("Distillerie Alpine", "761904")],
        kinds: [
            Kind("Chasselas", sizes: [("75 cl", 100), ("37.5 cl", 55)], price: 1190...1890),
            Kind("Pinot noir", sizes: [("75 cl", 100)], price: 1390...2490),
            Kind("Merlot del Ticino", sizes: [("75 cl", 100)], price: 1590...2690),
            Kind("Rosé", sizes: [("75 cl", 100)], price: 990...1590),
            Kind("Prosecco", sizes: [("75 cl", 100)], price: 1090...1690),
            Kind("Kirsch", sizes: [("35 cl", 100), ("70 cl", 180)], price: 2490...3490, minimumAge: 18),
            Kind("Pear brandy", sizes: [("35 cl", 100), ("70 cl", 180)], price: 2690...3690, minimumAge: 18),
            Kind("Gin", sizes: [("70 cl", 100)], price: 2990...4990, minimumAge: 18),
            Kind("Whisky", sizes: [("70 cl", 100)], price: 3490...6990, minimumAge: 18),
        ])
}
