import Foundation
import TermUI
import Testing
@testable import TillApp

@Suite struct ConfigCheckTests {
    let check = ConfigCheck(shippedThemes: RepositoryFiles.files(in: "themes"))

    @Test func everyShippedThemeAndKeymapLoads() {
        let files = RepositoryFiles.files(in: "themes") + RepositoryFiles.files(in: "keymaps")
        #expect(files.count >= 6)
        #expect(check.problems(in: files) == [])
    }

    @Test func theShippedDefaultKeymapIsTheBuiltInOne() throws {
        let path = RepositoryFiles.root.appendingPathComponent("keymaps/default.toml").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let fromFile = try KeymapFile.entries(text, file: path).map { [$0.context, $0.chord, $0.action] }
        let builtIn = DefaultKeymap.entries.map { [$0.context, $0.chord, $0.action] }
        #expect(fromFile.sorted { $0.lexicographicallyPrecedes($1) } == builtIn.sorted { $0.lexicographicallyPrecedes($1) })
        let rendered = KeymapFile.render(DefaultKeymap.tables.map { table in
            (table.context, table.bindings.map { ($0.chord, $0.action.rawValue) })
        })
        #expect(rendered == text, "regenerate keymaps/default.toml from DefaultKeymap")
    }

    @Test func theBuiltInKeymapAnswersPerScreenWithAGlobalFallback() throws {
        let keymap = try DefaultKeymap.keymap()
        #expect(keymap.action(for: try KeyChord(parsing: "F2"), in: "sale") == "pay")
        #expect(keymap.action(for: try KeyChord(parsing: "F2"), in: "payment") == "cash-exact")
        #expect(keymap.action(for: try KeyChord(parsing: "F1"), in: "payment") == "help")
    }

    @Test func keymapMistakesNameFileLineAndKey() throws {
        let path = try RepositoryFiles.temporaryFile("keymaps/bad.toml", """
            version = 1

            [sale]
            F2 = "pay"
            F3 = "explode"
            "C-" = "pay"
            f2 = "void-line"
            """)
        let problems = check.problems(in: [path])
        #expect(problems.map(\.line) == [5, 6, 7])
        #expect(problems.map(\.keyPath) == ["sale.F3", "sale.C-", "sale.f2"])
        #expect(problems[0].message == "unknown action \"explode\"")
        #expect(problems[2].message == "already bound at \(path):4")
        #expect(problems[0].description.hasPrefix("\(path):5: sale.F3: "))
    }

    @Test func themeMistakesNameFileLineAndKeyPath() throws {
        let path = try RepositoryFiles.temporaryFile("themes/bad.toml", """
            version = 1
            inherits = "default"

            [styles]
            "cart.total" = { fg = "pinkish" }
            """)
        let problems = check.problems(in: [path])
        #expect(problems.count == 1)
        #expect(problems.first?.line == 5)
        #expect(problems.first?.keyPath == "styles.\"cart.total\".fg")
    }

    @Test func syntaxErrorsAndMissingVersionsAreReported() throws {
        let broken = try RepositoryFiles.temporaryFile("themes/broken.toml", "version = 1\n[styles\n")
        let old = try RepositoryFiles.temporaryFile("keymaps/old.toml", "version = 2\n[sale]\nF2 = \"pay\"\n")
        let none = try RepositoryFiles.temporaryFile("keymaps/none.toml", "[sale]\nF2 = \"pay\"\n")
        let stray = try RepositoryFiles.temporaryFile("notes/what.toml", "version = 1\n")
        let problems = check.problems(in: [broken, old, none, stray, "/nonexistent/themes/x.toml"])
        #expect(problems.count == 5)
        #expect(problems[0].line == 2)
        #expect(problems[1].message == "version 2 is not supported; this Till reads version 1")
        #expect(problems[2].message.hasPrefix("missing `version = 1`"))
        #expect(problems[3].message.contains("kind is unknown"))
        #expect(problems[4].message.hasPrefix("cannot be read"))
    }

    @Test func themeFilesInheritAndFallBack() throws {
        var sources: [String: ThemeSource] = [:]
        for path in RepositoryFiles.files(in: "themes") {
            let source = try ThemeFile.parse(try String(contentsOfFile: path, encoding: .utf8), file: path)
            sources[source.name] = source
        }
        #expect(Set(sources.keys) == ["default", "high-contrast", "mono", "amber"])
        let amber = try Theme.resolve("amber", in: sources)
        #expect(amber.style("cart.total.label") == amber.style("cart.total"))
        #expect(amber.style("cart.total").attributes.contains(.bold))
        let mono = try Theme.resolve("mono", in: sources)
        #expect(mono.style("cart.line.selected").attributes.contains(.reverse))
    }

    @Test func keyLocatorFindsQuotedAndDottedKeys() {
        let locator = KeyLocator(text: "version = 1\n[styles]\n\"cart.total\" = { fg = \"x\" } # note = 1\n[sale]\nF2 = \"pay\"\n")
        #expect(locator.line(of: ["styles", "cart.total", "fg"]) == 3)
        #expect(locator.line(of: ["sale", "F2"]) == 5)
        #expect(locator.line(of: ["version"]) == 1)
        #expect(locator.line(of: ["nowhere"]) == 0)
    }
}
