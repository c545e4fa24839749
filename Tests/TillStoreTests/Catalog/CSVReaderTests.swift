import Foundation
import Testing
@testable import TillStore

@Suite struct CSVReaderTests {
    private func records(_ bytes: [UInt8]) -> [CSVRecord] {
        Array(CSVReader(data: Data(bytes)))
    }

    private func records(_ text: String) -> [CSVRecord] {
        records(Array(text.utf8))
    }

    @Test func readsCommaSeparatedRecordsWithTheirLines() {
        let read = records("sku,name\nA1,Apple\nB2,Bread\n")

        #expect(read.map(\.fields) == [["sku", "name"], ["A1", "Apple"], ["B2", "Bread"]])
        #expect(read.map(\.line) == [1, 2, 3])
    }

    @Test func stripsAUTF8ByteOrderMark() {
        let read = records([0xEF, 0xBB, 0xBF] + Array("sku;name\nA1;Apple".utf8))

        #expect(read.first?.fields == ["sku", "name"])
    }

    @Test func detectsTheDelimiterFromTheHeaderLine() {
        #expect(CSVReader(data: Data("sku;name;price\nA;B,C;1,50".utf8)).delimiter == CSVReader.semicolon)
        #expect(CSVReader(data: Data("sku,name,price\nA;B,C,1".utf8)).delimiter == CSVReader.comma)
        #expect(CSVReader(data: Data("sku\tname\tprice\n".utf8)).delimiter == CSVReader.tab)
        #expect(CSVReader(data: Data("\"a;b;c\",d\n".utf8)).delimiter == CSVReader.comma)
        #expect(CSVReader(data: Data("sku\n".utf8)).delimiter == CSVReader.comma)

        #expect(records("sku;name;price\nA;B,C;1,50").last?.fields == ["A", "B,C", "1,50"])
    }

    @Test func quotedFieldsKeepDelimitersDoubledQuotesAndLineBreaks() {
        let read = records("sku,name\nA,\"Say \"\"hi\"\", then\nleave\"\nB,plain\n")

        #expect(read[1].fields == ["A", "Say \"hi\", then\nleave"])
        #expect(read[1].line == 2)
        #expect(read[2].fields == ["B", "plain"])
        #expect(read[2].line == 4)
    }

    @Test func readsCRLFAndLoneCRLineEnds() {
        let crlf = records("sku,name\r\nA,\"two\r\nlines\"\r\nB,b\r\n")
        #expect(crlf.map(\.fields) == [["sku", "name"], ["A", "two\r\nlines"], ["B", "b"]])
        #expect(crlf.map(\.line) == [1, 2, 4])

        #expect(records("sku,name\rA,a\r").map(\.fields) == [["sku", "name"], ["A", "a"]])
    }

    @Test func aBlankTrailingLineIsABlankRecordOrNothing() {
        let read = records("sku,name\nA,a\n\n")

        #expect(read.count == 3)
        #expect(read[2].isBlank)
        #expect(records("sku,name\nA,a\n;\n").last?.isBlank == false)
        #expect(records("sku,name\nA,a\n,\n").last?.isBlank == true)
    }

    @Test func emptyFieldsAndATrailingDelimiterCount() {
        #expect(records("a,,c,\n").first?.fields == ["a", "", "c", ""])
        #expect(records("\"\",x").first?.fields == ["", "x"])
    }

    @Test func textAfterAClosingQuoteIsKept() {
        #expect(records("\"ab\"c,d\n").first?.fields == ["abc", "d"])
    }

    @Test func anUnclosedQuoteRunsToTheEndAndIsFlagged() {
        let read = records("sku,name\nA,\"never closed\nB,b\n")

        #expect(read.count == 2)
        #expect(read[1].problem == .unclosedQuote)
        #expect(read[1].line == 2)
    }

    @Test func bytesThatAreNotUTF8AreFlaggedButTheRecordIsRead() {
        let latin1Creme: [UInt8] = [0x43, 0x72, 0xE8, 0x6D, 0x65]
        let read = records(Array("sku,name\nA,".utf8) + latin1Creme + [0x0A])

        #expect(read[1].problem == .invalidUTF8)
        #expect(read[1].fields == ["A", "Cr\u{FFFD}me"])
        #expect(read[0].problem == nil)
    }

    @Test func recognisesAUTF16File() {
        #expect(CSVReader(data: Data([0xFF, 0xFE, 0x73, 0x00])).isUTF16)
        #expect(!CSVReader(data: Data("sku".utf8)).isUTF16)
    }

    @Test func anEmptyFileHasNoRecords() {
        #expect(records("").isEmpty)
        #expect(records([0xEF, 0xBB, 0xBF]).isEmpty)
    }
}
