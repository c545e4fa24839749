/// A value that writes itself as its `Encodable` conformance encodes it, through a `JSONWriter`.
protocol JSONWritable {
    func write(to json: inout JSONWriter)
}

extension JSONWritable where Self: RawRepresentable, RawValue == String {
    func write(to json: inout JSONWriter) { json.string(rawValue) }
}

extension String: JSONWritable {
    func write(to json: inout JSONWriter) { json.string(self) }
}

extension Int64: JSONWritable {
    func write(to json: inout JSONWriter) { json.number(self) }
}

extension Int: JSONWritable {
    func write(to json: inout JSONWriter) { json.number(Int64(self)) }
}

extension Bool: JSONWritable {
    func write(to json: inout JSONWriter) { json.bool(self) }
}

extension Array: JSONWritable where Element: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.array(self) { json, element in element.write(to: &json) }
    }
}

extension Dictionary: JSONWritable where Key == String, Value: JSONWritable {
    /// Keys sorted by their UTF-8 bytes, as `.sortedKeys` sorts them (not by `String`'s `<`).
    func write(to json: inout JSONWriter) {
        json.object { json in
            for (key, value) in sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
                json.key(key)
                value.write(to: &json)
            }
        }
    }
}
