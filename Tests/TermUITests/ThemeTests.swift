import Testing
import TermUI

@Suite struct ThemeTests {
    let base = ThemeSource(
        name: "default",
        palette: ["ink": "#d0d0d0", "paper": "default", "warn": "#ffaf00", "danger": "#ff5f5f"],
        styles: [
            "default": StyleSpec(fg: "ink", bg: "paper"),
            "cart": StyleSpec(fg: "white"),
            "cart.total": StyleSpec(fg: "warn", modifiers: ["bold"]),
            "status.offline": StyleSpec(fg: "paper", bg: "danger", modifiers: ["bold"]),
        ])

    @Test("lookup falls back by longest dotted prefix, then to the default style")
    func fallback() throws {
        let theme = try Theme(base)
        let total = Style(foreground: .rgb(255, 175, 0), background: .default, attributes: .bold)
        #expect(theme.style("cart.total") == total)
        #expect(theme.style("cart.total.label") == total)
        #expect(theme.style("cart.line") == Style(foreground: .white))
        #expect(theme.style("payment") == Style(foreground: .rgb(208, 208, 208)))
        #expect(theme.style("cartoon") == Style(foreground: .rgb(208, 208, 208)))
    }

    @Test("an inheriting theme overrides palette entries and styles key by key")
    func inheritance() throws {
        let child = ThemeSource(
            name: "contrast", inherits: "default", palette: ["warn": "yellow"],
            styles: ["cart": StyleSpec(fg: "bright-white", modifiers: ["underline"])])
        let theme = try Theme.resolve("contrast", in: ["default": base, "contrast": child])
        #expect(theme.style("cart.total") == Style(foreground: .yellow, attributes: .bold))
        #expect(theme.style("cart.line") == Style(foreground: .indexed(15), attributes: .underline))
        #expect(theme.style("status.offline").background == .rgb(255, 95, 95))
    }

    @Test("errors name the theme and the key path")
    func errors() {
        var bad = base
        bad.styles["cart.total"] = StyleSpec(fg: "wran")
        #expect(throws: ThemeError.unknownColor(theme: "default", keyPath: "styles.\"cart.total\".fg", value: "wran")) {
            try Theme(bad)
        }
        bad = base
        bad.styles["cart"] = StyleSpec(modifiers: ["blink"])
        let blink = ThemeError.unknownModifier(theme: "default", keyPath: "styles.cart.modifiers", value: "blink")
        #expect(throws: blink) {
            try Theme(bad)
        }
        bad = base
        bad.palette["ink"] = "#12345"
        #expect(throws: ThemeError.unknownColor(theme: "default", keyPath: "palette.ink", value: "#12345")) {
            try Theme(bad)
        }
        let loop = ThemeSource(name: "a", inherits: "b")
        let other = ThemeSource(name: "b", inherits: "a")
        #expect(throws: ThemeError.inheritanceCycle(["a", "b", "a"])) {
            try Theme.resolve("a", in: ["a": loop, "b": other])
        }
        #expect(throws: ThemeError.unknownParent(theme: "a", parent: "zz")) {
            try Theme.resolve("a", in: ["a": ThemeSource(name: "a", inherits: "zz")])
        }
        let error = ThemeError.unknownColor(theme: "default", keyPath: "palette.ink", value: "x")
        #expect(error.keyPath == "palette.ink")
        #expect(error.description.contains("palette.ink"))
    }

    @Test("adapting to the terminal maps every colour; mono reverses coloured backgrounds")
    func adapted() throws {
        let theme = try Theme(base)
        #expect(theme.adapted(to: .xterm256).style("cart.total").foreground == .indexed(214))
        #expect(theme.adapted(to: .ansi8).style("cart.total").foreground == .yellow)
        let mono = theme.adapted(to: .mono)
        #expect(mono.style("cart.total") == Style(attributes: .bold))
        #expect(mono.style("status.offline") == Style(attributes: [.bold, .reverse]))
        #expect(mono.capability == .mono)
    }
}
