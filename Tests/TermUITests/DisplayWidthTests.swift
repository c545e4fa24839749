import Testing
import TermUI

@Suite struct DisplayWidthTests {
    @Test("ASCII takes one column, CJK and emoji two, combining marks none")
    func widths() {
        #expect(DisplayWidth.of("a" as Character) == 1)
        #expect(DisplayWidth.of("咖" as Character) == 2)
        #expect(DisplayWidth.of("ｶ" as Character) == 1)
        #expect(DisplayWidth.of("Ａ" as Character) == 2)
        #expect(DisplayWidth.of("☕" as Character) == 2)
        #expect(DisplayWidth.of("😀" as Character) == 2)
        #expect(DisplayWidth.of("e\u{301}" as Character) == 1)
        #expect(DisplayWidth.of("\u{301}" as Character) == 0)
        #expect(DisplayWidth.of("\u{200B}" as Character) == 0)
        #expect(DisplayWidth.of("\t" as Character) == 0)
        #expect(DisplayWidth.of("한" as Character) == 2)
    }

    @Test("an emoji presentation selector or a flag makes a cluster two columns wide")
    func emojiSequences() {
        #expect(DisplayWidth.of("☺" as Character) == 1)
        #expect(DisplayWidth.of("☺\u{FE0F}" as Character) == 2)
        #expect(DisplayWidth.of("🇫🇷" as Character) == 2)
        #expect(DisplayWidth.of("👍🏽" as Character) == 2)
    }

    @Test("string width sums its characters")
    func stringWidth() {
        #expect("Café 咖啡 ☕".displayWidth == 4 + 1 + 4 + 1 + 2)
        #expect("Cafe\u{301}".displayWidth == 4)
    }

    @Test("truncation and padding never split a wide character")
    func truncateAndPad() {
        #expect(DisplayWidth.truncate("咖啡豆", to: 5) == "咖啡…")
        #expect(DisplayWidth.truncate("咖啡豆", to: 4) == "咖…")
        #expect(DisplayWidth.truncate("Coffee", to: 6) == "Coffee")
        #expect(DisplayWidth.pad("咖啡", to: 5, alignment: .right) == " 咖啡")
        #expect(DisplayWidth.pad("ab", to: 5, alignment: .center) == " ab  ")
        #expect(String(DisplayWidth.prefix(of: "a咖b", fitting: 2)) == "a")
    }
}
