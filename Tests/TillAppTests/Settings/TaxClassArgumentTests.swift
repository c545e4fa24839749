import Testing
import TillCore
@testable import TillApp

@Suite struct TaxClassArgumentTests {
    @Test(arguments: [("standard=8.1", "standard", 81_000), ("reduced=2.6%", "reduced", 26_000),
                      ("zero=0", "zero", 0), ("city_tax=8,875", "city_tax", 88_750)])
    func readsClassAndPercent(text: String, code: String, millionths: Int64) throws {
        #expect(try TaxClassArgument.parse(text) == TaxClass(code: code, rate: TaxRate(millionths: millionths)))
    }

    @Test(arguments: [
        ("standard", "write CLASS=RATE, for example standard=8.1"),
        ("=8.1", "the class name must not be empty"),
        ("my tax=8.1", "the class name \"my tax\" may hold only letters, digits, - and _"),
        ("standard=", TaxClassArgument.rateProblem),
        ("standard=abc", TaxClassArgument.rateProblem),
        ("standard=100.5", TaxClassArgument.rateProblem),
        ("standard=8.12345", TaxClassArgument.rateProblem),
    ])
    func refusesWithTheReason(text: String, reason: String) {
        #expect(throws: StoreSetupError.badTaxClass(text, reason: reason)) {
            try TaxClassArgument.parse(text)
        }
    }

    @Test func theMessageQuotesWhatWasTyped() {
        let message = StoreSetupError.badTaxClass("standard=abc", reason: TaxClassArgument.rateProblem).description
        #expect(message.hasPrefix("Tax class \"standard=abc\": the rate must be a percentage"))
    }
}
