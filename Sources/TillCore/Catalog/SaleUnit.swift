/// How a product is counted at the till.
public enum SaleUnit: String, Codable, Sendable, CaseIterable {
    /// Counted items; quantities are whole numbers.
    case each
    /// Weighed goods priced per kilogram; quantities have 3 decimals (grams).
    case kilogram = "kg"
}
