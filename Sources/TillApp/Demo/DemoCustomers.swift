import TillCore

/// Makes the demo's loyalty customers: names from Swiss first and last names, a mobile number each,
/// an e-mail for some and a loyalty card for most.
///
/// Card codes are EAN-13s in the in-store range (prefix 29), as printed loyalty cards carry, and
/// numbered with the customer, so no two customers share one.
struct DemoCustomers {
    private var random: DemoRandom

    init(seed: UInt64) {
        random = DemoRandom(seed: seed, .customers)
    }

    /// Customer `number` (from 1), the next in the seed's order.
    mutating func next(number: Int) throws(DemoError) -> Customer {
        let first = random.pick(Self.firstNames)
        let last = random.pick(Self.lastNames)
        let mobile = "+41 \(random.pick(["76", "77", "78", "79"])) \(random.int(100...999)) \(random.int(10...99)) \(random.int(10...99))"
        let email = random.chance(55) ? Self.mailbox(first, last) + "@example.ch" : nil
        let card = random.chance(70) ? DemoGrocery.ean13("29" + String(number).zeroPadded(to: 10)) : nil
        do {
            return try Customer(id: Self.id(of: number), name: "\(first) \(last)", phone: mobile, email: email,
                                cardCode: card, marketingConsent: random.chance(40))
        } catch {
            throw .generated("customer \(number): \(error)")
        }
    }

    /// The id of customer `number`: "c000042".
    static func id(of number: Int) -> String {
        "c" + String(number).zeroPadded(to: 6)
    }

    /// "céline.kälin" as an address writes it: "celine.kaelin".
    private static func mailbox(_ first: String, _ last: String) -> String {
        let spelled: [Character: String] = ["ä": "ae", "ö": "oe", "ü": "ue", "é": "e", "è": "e"]
        return "\(first).\(last)".lowercased().map { spelled[$0] ?? String($0) }.joined()
    }

    private static let firstNames = [
        "Anna", "Luca", "Mia", "Noah", "Lea", "Leon", "Laura", "Elias", "Sara", "David", "Julia", "Marco", "Nina", "Simon", "Lena",
        "Jonas", "Chiara", "Samuel", "Elena", "Fabian", "Sophie", "Matteo", "Alina", "Nicolas", "Céline", "Yannick", "Martina",
        "Thomas", "Ursula", "Reto", "Beatrice", "Urs", "Claudia", "Peter", "Monika", "Hans", "Vreni", "Giulia", "Amir", "Aylin",
    ]

    private static let lastNames = [
        "Müller", "Meier", "Schmid", "Keller", "Weber", "Huber", "Schneider", "Meyer", "Steiner", "Fischer", "Gerber", "Brunner",
        "Baumann", "Frei", "Zimmermann", "Moser", "Widmer", "Wyss", "Graf", "Roth", "Favre", "Rochat", "Bernasconi", "Rossi",
        "Bianchi", "Ferrari", "Dubois", "Girard", "Marti", "Suter", "Kälin", "Bühler", "Hofmann", "Lehmann", "Berisha", "Yilmaz",
    ]
}
