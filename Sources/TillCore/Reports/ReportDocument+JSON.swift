/// A report as one JSON object: amounts as integer minor units, the currency stated once.
///
/// Quantities (items, items per minute) are integer thousandths and tax rates integer millionths, as
/// the core keeps them. Tables are arrays of objects keyed by column, groups are nested objects, and
/// a figure not known yet (the count of a drawer still open) is left out. Members keep the report's
/// order rather than `JSONEncoder`'s sorted order: nothing compares these bytes with an encoded value.
extension ReportDocument: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.member("report", kind)
            json.member("currency", currency.code)
            json.member("from", from.iso)
            json.member("to", to.iso)
            for entry in entries { entry.write(to: &json) }
        }
    }
}

extension ReportEntry: JSONWritable {
    func write(to json: inout JSONWriter) {
        switch self {
        case .field(let field):
            field.value.write(field.key, to: &json)
        case .group(let key, _, let entries):
            json.key(key)
            json.object { json in
                for entry in entries { entry.write(to: &json) }
            }
        case .table(let table):
            json.key(table.key)
            json.array(table.rows) { json, row in
                json.object { json in
                    for (column, value) in zip(table.columns, row) { value.write(column.key, to: &json) }
                }
            }
        }
    }
}

extension ReportValue {
    /// Writes `"key": value`, or nothing when the value is absent.
    fileprivate func write(_ key: String, to json: inout JSONWriter) {
        let number: Int64
        switch self {
        case .amount(let minor): number = minor
        case .count(let count): number = Int64(count)
        case .quantity(let quantity): number = quantity.thousandths
        case .rate(let rate): number = rate.millionths
        case .text(let text):
            json.key(key)
            json.string(text)
            return
        case .absent: return
        }
        json.key(key)
        json.number(number)
    }
}
