import Foundation
import Testing
import TillCore

@Suite struct EmbeddedBarcodeLayoutTests {
    typealias Rule = EmbeddedBarcodeLayout.Rule

    /// Reads `code` under `layout` and returns the key and value, failing the test if it is not embedded.
    func embedded(_ code: String, _ layout: EmbeddedBarcodeLayout) throws -> (key: String, value: EmbeddedValue) {
        try #require(try layout.read(GTIN(code)))
    }

    @Test func germanyHardwareVector() throws {
        let (key, value) = try embedded("2212342001999", .germany)
        #expect(key == "221234")
        #expect(value == .price(BarcodePrice(amount: 199, decimals: 2)))
    }

    @Test func swedenHardwareVector() throws {
        let (key, value) = try embedded("2012345604599", .swedenNorway)
        #expect(key == "20123456")
        #expect(value == .price(BarcodePrice(amount: 459, decimals: 2)))
    }

    @Test(arguments: [
        ("2356787012506", "235678", EmbeddedValue.price(BarcodePrice(amount: 1250, decimals: 2))),
        ("2543212000065", "254321", .count(6)),
        ("2811111015009", "281111", .weight(grams: 1500)),
        ("2922229007500", "292222", .weight(grams: 750)),
    ])
    func germany(code: String, key: String, value: EmbeddedValue) throws {
        let read = try embedded(code, .germany)
        #expect(read.key == key)
        #expect(read.value == value)
    }

    @Test(arguments: [
        ("2112345604596", EmbeddedValue.price(BarcodePrice(amount: 459, decimals: 1))),
        ("2212345604593", .price(BarcodePrice(amount: 459, decimals: 0))),
        ("2312345612502", .weight(grams: 1250)),
        ("2412345612509", .weight(grams: 12500)),
        ("2512345612506", .weight(grams: 125_000)),
    ])
    func swedenNorway(code: String, value: EmbeddedValue) throws {
        let read = try embedded(code, .swedenNorway)
        #expect(read.key == String(code.prefix(8)))
        #expect(read.value == value)
    }

    @Test(arguments: [
        ("2112340019951", "211234", EmbeddedValue.price(BarcodePrice(amount: 1995, decimals: 2))),
        ("2612340015002", "261234", .weight(grams: 1500)),
        ("2712345015004", "2712345", .weight(grams: 1500)),
        ("2812340002501", "281234", .weight(grams: 250)),
    ])
    func denmark(code: String, key: String, value: EmbeddedValue) throws {
        let read = try embedded(code, .denmark)
        #expect(read.key == key)
        #expect(read.value == value)
    }

    @Test func uk() throws {
        let (key, value) = try embedded("2012345102491", .uk)
        #expect(key == "2012345")
        #expect(value == .price(BarcodePrice(amount: 249, decimals: 2)))
        #expect(throws: BarcodeError.badPriceVerifier(expected: 1, found: 2)) { try EmbeddedBarcodeLayout.uk.read(GTIN("2012345202498")) }
    }

    @Test(arguments: [("2312345607508", 750), ("2412345607505", 7500), ("2512345607502", 75000)] as [(String, Int64)])
    func finlandBaltics(code: String, grams: Int64) throws {
        let read = try embedded(code, .finlandBaltics)
        #expect(read.key == String(code.prefix(8)))
        #expect(read.value == .weight(grams: grams))
    }

    @Test func germanPriceVerifierIsChecked() {
        #expect(throws: BarcodeError.badPriceVerifier(expected: 2, found: 3)) {
            try EmbeddedBarcodeLayout.germany.read(GTIN("2212343001998"))
        }
    }

    @Test func codesWithoutARuleAreNotEmbedded() throws {
        #expect(try EmbeddedBarcodeLayout.none.read(GTIN("2212342001999")) == nil)
        #expect(try EmbeddedBarcodeLayout.germany.read(GTIN("2012345604599")) == nil, "20 has no German rule")
        #expect(try EmbeddedBarcodeLayout.germany.read(GTIN("4006381333931")) == nil)
        #expect(try EmbeddedBarcodeLayout.germany.read(GTIN("12345670")) == nil, "only EAN-13 carries a value")
        #expect(try EmbeddedBarcodeLayout.none.read(GTIN("2212343001998")) == nil, "no rule, so no verifier to fail")
    }

    @Test(arguments: [
        EmbeddedBarcodeLayout.none, .germany, .swedenNorway, .denmark, .uk, .finlandBaltics,
    ])
    func presetsPassValidation(preset: EmbeddedBarcodeLayout) throws {
        #expect(try EmbeddedBarcodeLayout(rules: preset.rules) == preset)
    }

    @Test func presetsByName() {
        #expect(EmbeddedBarcodeLayout.presets.count == 6)
        #expect(EmbeddedBarcodeLayout.presets["germany"] == .germany)
        #expect(EmbeddedBarcodeLayout.presets["sweden-norway"] == .swedenNorway)
        #expect(EmbeddedBarcodeLayout.presets["finland-baltics"] == .finlandBaltics)
        #expect(EmbeddedBarcodeLayout.germany.rule(forPrefix: 28)?.kind == .weight)
        #expect(EmbeddedBarcodeLayout.germany.rule(forPrefix: 20) == nil)
    }

    @Test func customLayout() throws {
        // Given a store whose scale prints 27 + 5 item digits + 5-digit price with 2 decimals,
        let layout = try EmbeddedBarcodeLayout(rules: [
            Rule(prefix: 27, kind: .price, itemDigits: 5, hasPriceVerifier: false, valueDigits: 5, decimals: 2),
        ])
        // then the price is read from the last five digits before the check digit.
        let (key, value) = try embedded("2712345015004", layout)
        #expect(key == "2712345")
        #expect(value == .price(BarcodePrice(amount: 1500, decimals: 2)))
    }

    @Test(arguments: [
        (Rule(prefix: 19, kind: .price, itemDigits: 6, hasPriceVerifier: false, valueDigits: 4, decimals: 2), "the prefix must be 20–29"),
        (Rule(prefix: 20, kind: .price, itemDigits: 6, hasPriceVerifier: false, valueDigits: 5, decimals: 2),
         "prefix, item, verifier and value digits add up to 13, not 12"),
        (Rule(prefix: 20, kind: .price, itemDigits: -1, hasPriceVerifier: false, valueDigits: 11, decimals: 2),
         "item digits must be 0 or more and value digits 1 or more"),
        (Rule(prefix: 20, kind: .price, itemDigits: 3, hasPriceVerifier: true, valueDigits: 6, decimals: 2),
         "a price verifier needs 4 or 5 value digits"),
        (Rule(prefix: 20, kind: .price, itemDigits: 6, hasPriceVerifier: false, valueDigits: 4, decimals: 5), "a price has 0 to 4 decimals"),
        (Rule(prefix: 20, kind: .weight, itemDigits: 6, hasPriceVerifier: false, valueDigits: 4, decimals: 4),
         "a weight in kilograms has 0 to 3 decimals"),
        (Rule(prefix: 20, kind: .count, itemDigits: 6, hasPriceVerifier: false, valueDigits: 4, decimals: 1), "a count has no decimals"),
    ])
    func invalidRulesAreRefused(rule: Rule, reason: String) {
        #expect(throws: BarcodeError.invalidLayout(prefix: rule.prefix, reason: reason)) {
            try EmbeddedBarcodeLayout(rules: [rule])
        }
    }

    @Test func aPrefixHasOneRule() {
        let rule = Rule(prefix: 21, kind: .price, itemDigits: 6, hasPriceVerifier: false, valueDigits: 4, decimals: 2)
        #expect(throws: BarcodeError.invalidLayout(prefix: 21, reason: "the prefix has more than one rule")) {
            try EmbeddedBarcodeLayout(rules: [rule, rule])
        }
    }

    @Test func codableRoundTrip() throws {
        let data = try JSONEncoder().encode(EmbeddedBarcodeLayout.germany)
        #expect(try JSONDecoder().decode(EmbeddedBarcodeLayout.self, from: data) == .germany)
    }

    @Test func decodingValidates() throws {
        let json = #"{"rules":[{"prefix":22,"kind":"price","itemDigits":4,"hasPriceVerifier":true,"valueDigits":6,"decimals":2}]}"#
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(EmbeddedBarcodeLayout.self, from: Data(json.utf8))
        }
    }
}
