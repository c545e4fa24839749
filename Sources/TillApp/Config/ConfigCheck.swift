import Foundation
import TermUI

/// Loads every given theme, keymap, printer profile and exercise the way the app would, and lists every problem with file and line.
public struct ConfigCheck {
    /// Themes other files may inherit from (the shipped ones), by path.
    public let shippedThemes: [String]

    public init(shippedThemes: [String]) {
        self.shippedThemes = shippedThemes
    }

    /// All problems in `files`; empty when every file loads.
    public func problems(in files: [String]) -> [ConfigProblem] {
        var problems: [ConfigProblem] = []
        var themes: [(path: String, source: ThemeSource)] = []
        for path in files {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                problems.append(ConfigProblem(file: path, line: 0, keyPath: "", message: "cannot be read (missing, unreadable or not UTF-8)"))
                continue
            }
            do throws(ConfigProblem) {
                switch ConfigFileKind(path: path) {
                case .theme?: themes.append((path, try ThemeFile.parse(text, file: path)))
                case .keymap?: problems += keymapProblems(try KeymapFile.entries(text, file: path))
                case .printer?: _ = try PrinterProfileFile.parse(text, file: path)
                case .exercise?: _ = try ExerciseFile.parse(text, file: path)
                case nil:
                    problems.append(ConfigProblem(file: path, line: 0, keyPath: "",
                                                  message: "not in a themes/, keymaps/, printers/ or exercises/ folder, so its kind is unknown"))
                }
            } catch {
                problems.append(error)
            }
        }
        return problems + themeProblems(themes)
    }

    private func keymapProblems(_ entries: [Keymap.Entry]) -> [ConfigProblem] {
        Keymap.diagnose(entries: entries, knownActions: Action.names).map { error in
            let (context, message): (String, String) = switch error {
            case .invalidChord(_, let reason, let context, _): (context, "cannot read the key: \(reason)")
            case .unknownAction(let action, _, let context, _): (context, "unknown action \"\(action)\"")
            case .duplicateBinding(_, let context, _, let first): (context, "already bound at \(first)")
            }
            return ConfigProblem(file: error.location.file, line: error.location.line,
                                 keyPath: ConfigDocument.render([context, error.key]), message: message)
        }
    }

    private func themeProblems(_ checked: [(path: String, source: ThemeSource)]) -> [ConfigProblem] {
        var sources: [String: ThemeSource] = [:]
        for path in shippedThemes {
            if let text = try? String(contentsOfFile: path, encoding: .utf8), let source = try? ThemeFile.parse(text, file: path) {
                sources[source.name] = source
            }
        }
        for (_, source) in checked { sources[source.name] = source }
        return checked.compactMap { path, source in
            do throws(ThemeError) {
                _ = try Theme.resolve(source.name, in: sources)
                return nil
            } catch {
                let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
                let parts = KeyLocator.keyPath(error.keyPath)
                return ConfigProblem(file: path, line: KeyLocator(text: text).line(of: parts), keyPath: error.keyPath,
                                     message: error.description)
            }
        }
    }
}
