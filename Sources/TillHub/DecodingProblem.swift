/// A decoding failure in words that point at the spot in the JSON ("events[2].seq is missing"), for
/// the error bodies and rejection reasons a person reads.
enum DecodingProblem {
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return "it is not valid JSON"
        case .dataCorrupted(let context):
            return "\(path(context.codingPath)) is not valid: \(context.debugDescription)"
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])) is missing"
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)) is not \(describe(type))"
        case .valueNotFound(let type, let context):
            return "\(path(context.codingPath)) is null instead of \(describe(type))"
        @unknown default:
            return "\(error)"
        }
    }

    /// `events[2].seq`; "the top level" for the document itself.
    private static func path(_ keys: [any CodingKey]) -> String {
        guard !keys.isEmpty else { return "the top level" }
        var text = ""
        for key in keys {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return text
    }

    private static func describe(_ type: Any.Type) -> String {
        switch "\(type)" {
        case "String": "a string"
        case "Bool": "true or false"
        case let name where name.hasPrefix("Int") || name.hasPrefix("UInt") || name == "Double": "a number"
        case let name where name.hasPrefix("Array"): "an array"
        case let name where name.hasPrefix("Dictionary"): "an object"
        case let name: "a \(name)"
        }
    }
}
