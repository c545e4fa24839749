public import TillCore

extension TerminalSettings {
    /// The pricing rules this terminal sells by: the store's tax table under these settings' tax policy and cash rounding.
    public func pricing(taxTable: TaxTable, promotions: [Promotion] = []) -> PricingContext {
        PricingContext(currency: currency, tax: TaxCalculator(table: taxTable, policy: tax), promotions: promotions,
                       cashIncrement: cashIncrement)
    }
}
