extension PeriodReport {
    /// The report of `kind`, written in `format`.
    public func rendered(_ kind: ReportKind, as format: ReportFormat) -> String {
        document(kind).rendered(as: format)
    }
}

extension ZReport {
    /// The Z report, written in `format`.
    public func rendered(as format: ReportFormat) -> String {
        document.rendered(as: format)
    }
}

extension ReportDocument {
    /// The one place a laid-out report meets its renderers.
    func rendered(as format: ReportFormat) -> String {
        switch format {
        case .text(let columns): TextReportRenderer(columns: columns, exponent: currency.exponent).render(self)
        case .csv: CSVReportRenderer(exponent: currency.exponent).render(self)
        case .json: JSONWriter.document(self, capacity: 4096)
        }
    }
}
