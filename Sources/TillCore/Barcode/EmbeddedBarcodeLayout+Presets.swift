/// The layouts published by GS1 member organisations, so most stores pick a name instead of
/// writing rules (from biip's `rcn.py` table; see hardware.md §4.4).
extension EmbeddedBarcodeLayout {
    /// No variable-measure rules: every 20–29 code is an ordinary EAN-13.
    public static let none = EmbeddedBarcodeLayout(trusted: [])

    /// GS1 Germany: 22/23 price, 25/26 count, 28/29 weight, each `PPPPPP C VVVVV` with a verifier.
    public static let germany = EmbeddedBarcodeLayout(trusted: [
        verified(22, .price, decimals: 2), verified(23, .price, decimals: 2),
        verified(25, .count, decimals: 0), verified(26, .count, decimals: 0),
        verified(28, .weight, decimals: 3), verified(29, .weight, decimals: 3),
    ])

    /// GS1 Sweden (Norway follows it): 20/21/22 price with 2/1/0 decimals, 23/24/25 weight with
    /// 3/2/1 decimals, each `PPPPPPPP VVVV`.
    public static let swedenNorway = EmbeddedBarcodeLayout(trusted: [
        eightFour(20, .price, decimals: 2), eightFour(21, .price, decimals: 1), eightFour(22, .price, decimals: 0),
        eightFour(23, .weight, decimals: 3), eightFour(24, .weight, decimals: 2), eightFour(25, .weight, decimals: 1),
    ])

    /// GS1 Denmark: 21–24 price `PPPPPP VVVVVV`; 26 and 28 weight `PPPPPP VVVVVV`, 27 weight `PPPPPPP VVVVV`.
    public static let denmark = EmbeddedBarcodeLayout(trusted: [
        Rule(prefix: 21, kind: .price, itemDigits: 4, hasPriceVerifier: false, valueDigits: 6, decimals: 2),
        Rule(prefix: 22, kind: .price, itemDigits: 4, hasPriceVerifier: false, valueDigits: 6, decimals: 2),
        Rule(prefix: 23, kind: .price, itemDigits: 4, hasPriceVerifier: false, valueDigits: 6, decimals: 2),
        Rule(prefix: 24, kind: .price, itemDigits: 4, hasPriceVerifier: false, valueDigits: 6, decimals: 2),
        Rule(prefix: 26, kind: .weight, itemDigits: 4, hasPriceVerifier: false, valueDigits: 6, decimals: 3),
        Rule(prefix: 27, kind: .weight, itemDigits: 5, hasPriceVerifier: false, valueDigits: 5, decimals: 3),
        Rule(prefix: 28, kind: .weight, itemDigits: 4, hasPriceVerifier: false, valueDigits: 6, decimals: 3),
    ])

    /// GS1 UK: 20 price `PPPPPPP C VVVV` with a verifier.
    public static let uk = EmbeddedBarcodeLayout(trusted: [
        Rule(prefix: 20, kind: .price, itemDigits: 5, hasPriceVerifier: true, valueDigits: 4, decimals: 2),
    ])

    /// GS1 Finland, Estonia, Latvia and Lithuania: 23/24/25 weight with 3/2/1 decimals, `PPPPPPPP VVVV`.
    public static let finlandBaltics = EmbeddedBarcodeLayout(trusted: [
        eightFour(23, .weight, decimals: 3), eightFour(24, .weight, decimals: 2), eightFour(25, .weight, decimals: 1),
    ])

    /// The presets by the names a configuration file uses.
    public static let presets: [String: EmbeddedBarcodeLayout] = [
        "none": none, "germany": germany, "sweden-norway": swedenNorway, "denmark": denmark,
        "uk": uk, "finland-baltics": finlandBaltics,
    ]

    private static func verified(_ prefix: Int, _ kind: Rule.Kind, decimals: Int) -> Rule {
        Rule(prefix: prefix, kind: kind, itemDigits: 4, hasPriceVerifier: true, valueDigits: 5, decimals: decimals)
    }

    private static func eightFour(_ prefix: Int, _ kind: Rule.Kind, decimals: Int) -> Rule {
        Rule(prefix: prefix, kind: kind, itemDigits: 6, hasPriceVerifier: false, valueDigits: 4, decimals: decimals)
    }
}
