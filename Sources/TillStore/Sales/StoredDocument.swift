import Foundation

/// JSON for documents kept in the database and for the outbox payloads of rare events: sorted keys,
/// so the same value always stores the same text, and times written as the tables write them.
/// Orders and carts, written at every sale and keystroke, are written by their `jsonDocument()`
/// instead, which gives the same bytes in a tenth of the time; `decode` reads them back.
enum StoredDocument {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Timestamp.text(date))
        }
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = Timestamp.date(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "\(text) is not an ISO 8601 time")
            }
            return date
        }
        return try decoder.decode(type, from: Data(text.utf8))
    }
}
