/// Writes JSON as Foundation's `JSONEncoder` with `.sortedKeys` does, byte for byte, for the documents
/// a sale stores on every keystroke and at its commit: `JSONEncoder` took a fifth of the commit's time.
///
/// Like a hand-written `encode(to:)`, it trusts its caller: members come in sorted order (by UTF-8
/// bytes, as `.sortedKeys` sorts them), nil optionals are left out (as synthesized `encodeIfPresent`
/// leaves them out), and every value is written where a value is due.
struct JSONWriter {
    private var bytes: [UInt8] = []
    /// Something was written at this level, so the next member or element needs a comma first.
    private var needsComma = false

    /// The JSON text of `value`; `capacity` is a guess of its size in bytes, to spare regrowing.
    static func document(_ value: some JSONWritable, capacity: Int) -> String {
        var writer = JSONWriter()
        writer.bytes.reserveCapacity(capacity)
        value.write(to: &writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    mutating func object(_ members: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "{"))
        members(&self)
        close(UInt8(ascii: "}"))
    }

    mutating func array<Elements: Sequence>(_ elements: Elements, _ element: (inout JSONWriter, Elements.Element) -> Void) {
        open(UInt8(ascii: "["))
        for value in elements { element(&self, value) }
        close(UInt8(ascii: "]"))
    }

    /// A member's key, a name in the code that needs no escaping; its value is written next.
    mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        append(name)
        append("\":")
        needsComma = false
    }

    /// A key that is data (a dictionary's), not a name in the code.
    mutating func key(_ name: String) {
        separate()
        bytes.appendQuoted(name, style: .jsonEncoder)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    mutating func member(_ key: StaticString, _ value: some JSONWritable) {
        self.key(key)
        value.write(to: &self)
    }

    /// A member left out when `value` is nil, as synthesized `encodeIfPresent` leaves it out.
    mutating func member(_ key: StaticString, _ value: (some JSONWritable)?) {
        if let value { member(key, value) }
    }

    /// An enum case as synthesized `Codable` writes it: `{"case":{…its associated values…}}`, whose
    /// unlabelled values are `_0`, `_1`…
    mutating func enumCase(_ name: StaticString, _ associatedValues: (inout JSONWriter) -> Void = { _ in }) {
        object { json in
            json.key(name)
            json.object(associatedValues)
        }
    }

    mutating func string(_ text: String) {
        separate()
        bytes.appendQuoted(text, style: .jsonEncoder)
        needsComma = true
    }

    /// Digits by hand: `description` goes through generic `BinaryInteger` code, a tenth of a document's time.
    mutating func number(_ value: Int64) {
        separate()
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var first = digits.count
            repeat {
                first -= 1
                digits[first] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude != 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[first...]))
        }
        needsComma = true
    }

    mutating func bool(_ value: Bool) {
        separate()
        append(value ? "true" : "false")
        needsComma = true
    }

    /// Bytes from the code, copied as they are (a `String` literal would take a slower generic path).
    private mutating func append(_ literal: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    private mutating func open(_ bracket: UInt8) {
        separate()
        bytes.append(bracket)
        needsComma = false
    }

    private mutating func close(_ bracket: UInt8) {
        bytes.append(bracket)
        needsComma = true
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }
}
