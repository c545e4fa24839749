import Foundation
import Testing
@testable import TillApp
import TillCore

/// The shipped exercises load, and every one of them can be done in the demo store.
@Suite struct ExerciseFileTests {
    static let shipped = RepositoryFiles.files(in: "exercises")

    @Test func atLeastEightShipFromTheFirstSaleToABlindClose() throws {
        let exercises = try Self.shipped.map { try ExerciseFile.parse(try String(contentsOfFile: $0, encoding: .utf8), file: $0) }
        #expect(exercises.count >= 8)
        #expect(exercises.first?.id == "first-sale")
        #expect(exercises.last?.steps.last == .blindClose)
        #expect(Set(exercises.map(\.id)).count == exercises.count, "ids are unique")
        #expect(ConfigCheck(shippedThemes: []).problems(in: Self.shipped).isEmpty)
    }

    @Test func everyItemAndOptionIsInTheDemoCatalog() throws {
        for file in Self.shipped {
            let exercise = try ExerciseFile.parse(try String(contentsOfFile: file, encoding: .utf8), file: file)
            #expect(exercise.instructions.count >= 1 && !exercise.hints.isEmpty, "\(file)")
            for step in exercise.steps {
                let items: [ItemGoal] = switch step {
                case .sale(let goal): goal.items
                case .refund(let items): items
                default: []
                }
                for item in items {
                    let product = try #require(try DemoStore.catalog.product(id: item.product), "\(file): no product \(item.product)")
                    let options = Set(product.modifierGroups.flatMap(\.options).map(\.id))
                    #expect(item.options.isSubset(of: options), "\(file): \(item.product) has no option among \(item.options)")
                }
            }
        }
    }

    @Test(arguments: [
        ("[step1]\nkind = \"dance\"", 7, "step1.kind", "\"dance\" is not one of"),
        ("[step1]\nkind = \"sale\"\nitems = [\"three espresso\"]", 8, "step1.items", "\"three\" in \"three espresso\" is not a count"),
        ("[step1]\nkind = \"sale\"\nitems = [\"1 espresso\"]\ntenders = [\"cheque\"]", 9, "step1.tenders", "\"cheque\" is not a tender"),
        ("[step2]\nkind = \"park\"", 6, "step2", "expected step1"),
        ("[step1]\nkind = \"park\"\nitems = [\"1 espresso\"]", 8, "step1.items", "unknown key"),
    ])
    func mistakesAreNamedWithTheirLine(_ steps: String, line: Int, keyPath: String, message: String) throws {
        let text = "version = 1\nid = \"x\"\ntitle = \"X\"\ninstructions = [\"Do it\"]\n\n" + steps
        let error = #expect(throws: ConfigProblem.self) { try ExerciseFile.parse(text, file: "exercises/x.toml") }
        #expect(error?.line == line, "\(String(describing: error))")
        #expect(error?.keyPath == keyPath)
        #expect(error?.message.contains(message) == true, "\(String(describing: error?.message))")
    }
}
