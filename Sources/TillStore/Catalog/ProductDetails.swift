import Foundation
import TillCore

/// The parts of a product that no query filters on, kept as JSON in `product.details` so they can
/// grow without a migration; barcodes are here as written and in order, the `barcode` table only
/// indexes their keys.
struct ProductDetails: Codable, Equatable {
    var barcodes: [String] = []
    var modifierGroups: [ModifierGroup] = []
    var availability: [TimeWindow] = []
    var timedPrices: [TimedPrice] = []

    init(_ product: Product) {
        barcodes = product.barcodes
        modifierGroups = product.modifierGroups
        availability = product.availability
        timedPrices = product.timedPrices
    }

    /// Reads the stored JSON; the hand-written forms of `json()` are read back by hand too, since a
    /// re-import reads every stored product.
    init(json: String) throws {
        guard json != "{}" else { return }
        if json.hasPrefix(Self.barcodesPrefix), json.hasSuffix(Self.barcodesSuffix) {
            let codes = json.dropFirst(Self.barcodesPrefix.count).dropLast(Self.barcodesSuffix.count)
                .split(separator: Self.barcodesSeparator, omittingEmptySubsequences: false)
            if codes.allSatisfy({ !$0.utf8.contains(Self.quote) && !$0.utf8.contains(Self.backslash) }) {
                barcodes = codes.map(String.init)
                return
            }
        }
        self = try JSONDecoder().decode(Self.self, from: Data(json.utf8))
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        barcodes = try container.decodeIfPresent([String].self, forKey: .barcodes) ?? []
        modifierGroups = try container.decodeIfPresent([ModifierGroup].self, forKey: .modifierGroups) ?? []
        availability = try container.decodeIfPresent([TimeWindow].self, forKey: .availability) ?? []
        timedPrices = try container.decodeIfPresent([TimedPrice].self, forKey: .timedPrices) ?? []
    }

    /// Leaves out empty lists, so most products store `{}` or only their barcodes.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        if !barcodes.isEmpty { try container.encode(barcodes, forKey: .barcodes) }
        if !modifierGroups.isEmpty { try container.encode(modifierGroups, forKey: .modifierGroups) }
        if !availability.isEmpty { try container.encode(availability, forKey: .availability) }
        if !timedPrices.isEmpty { try container.encode(timedPrices, forKey: .timedPrices) }
    }

    /// The stored JSON; written by hand when only plain barcodes are set, as for nearly every
    /// imported product, because `JSONEncoder` costs a few microseconds a row in a million-row import.
    func json() throws -> String {
        guard modifierGroups.isEmpty && availability.isEmpty && timedPrices.isEmpty else {
            return String(decoding: try JSONEncoder().encode(self), as: UTF8.self)
        }
        guard !barcodes.isEmpty else { return "{}" }
        guard barcodes.allSatisfy({ $0.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != Self.quote && $0 != Self.backslash } }) else {
            return String(decoding: try JSONEncoder().encode(self), as: UTF8.self)
        }
        return Self.barcodesPrefix + barcodes.joined(separator: Self.barcodesSeparator) + Self.barcodesSuffix
    }

    private static let barcodesPrefix = "{\"barcodes\":[\""
    private static let barcodesSeparator = "\",\""
    private static let barcodesSuffix = "\"]}"
    private static let quote = UInt8(ascii: "\"")
    private static let backslash = UInt8(ascii: "\\")

    private enum CodingKeys: String, CodingKey {
        case barcodes, modifierGroups, availability, timedPrices
    }
}
