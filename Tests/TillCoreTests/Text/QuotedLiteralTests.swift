import Foundation
import Testing
import TillCore

/// `quotedLiteral` shares its escaping with the order documents but must stay valid TOML too.
@Suite struct QuotedLiteralTests {
    @Test func everyASCIICharacterReadsBackAsJSONAndStaysValidTOML() throws {
        // Given every ASCII character
        let text = String(String.UnicodeScalarView((0..<0x80).compactMap(Unicode.Scalar.init))) + " é 😀"
        // When it is quoted
        let quoted = text.quotedLiteral
        // Then JSON reads back the same text
        #expect(try JSONDecoder().decode(String.self, from: Data(quoted.utf8)) == text)
        // And it uses only escapes TOML basic strings have: DEL escaped, `/` left as is
        #expect(quoted.contains(#"\b\t\n\u000b\f\r"#))
        #expect(quoted.contains(#"~\u007f é"#))
        #expect(quoted.contains("-./0"))
    }
}
