/// Per-context tables from key chords to named actions, so keys are configuration and screens only
/// see actions.
///
/// A screen asks for its context (`"sale"`, `"payment"`); a chord missing there falls back to the
/// ``globalContext`` table (tig's `generic`, lazygit's `universal`). Actions are plain names here;
/// the app maps them to its closed `Action` enum.
///
/// ```swift
/// let keymap = try Keymap(entries: entries, knownActions: Set(Action.allCases.map(\.rawValue)))
/// if let name = keymap.action(for: chord, in: "sale") { … }
/// ```
public struct Keymap: Sendable, Hashable {
    /// The context consulted after a screen's own table.
    public static let globalContext = "global"

    /// One `chord = "action"` line of a keymap file, with where it came from.
    public struct Entry: Sendable, Hashable {
        public var context: String
        public var chord: String
        public var action: String
        public var location: SourceLocation

        public init(context: String, chord: String, action: String, location: SourceLocation) {
            self.context = context
            self.chord = chord
            self.action = action
            self.location = location
        }
    }

    /// A binding as the keymap holds it, in file order within its context.
    public struct Binding: Sendable, Hashable {
        public var chord: KeyChord
        public var action: String
        public var location: SourceLocation
    }

    private var tables: [String: [KeyChord: Binding]]
    private var order: [String: [KeyChord]]
    /// Each context's chords per action, in file order: hint bars ask on every frame.
    private var chordsByAction: [String: [String: [KeyChord]]]

    /// Builds a keymap from file entries, checking every action name against `knownActions`.
    ///
    /// - Throws: The first ``KeymapError`` in file order; ``diagnose(entries:knownActions:)`` lists
    ///   them all.
    public init(entries: [Entry], knownActions: Set<String>) throws(KeymapError) {
        let (keymap, errors) = Keymap.build(entries: entries, knownActions: knownActions)
        if let first = errors.first { throw first }
        self = keymap
    }

    /// Every problem in `entries`, for `till config check`, which reports them all at once.
    public static func diagnose(entries: [Entry], knownActions: Set<String>) -> [KeymapError] {
        build(entries: entries, knownActions: knownActions).errors
    }

    /// The action `chord` triggers in `context`, falling back to the global table.
    public func action(for chord: KeyChord, in context: String) -> String? {
        tables[context]?[chord]?.action ?? tables[Keymap.globalContext]?[chord]?.action
    }

    /// The chords that trigger `action` in `context`: the context's own first, then global ones the
    /// context does not rebind, each in file order. Hint bars show the first.
    public func chords(for action: String, in context: String) -> [KeyChord] {
        let own = chordsByAction[context]?[action] ?? []
        guard context != Keymap.globalContext else { return own }
        let global = chordsByAction[Keymap.globalContext]?[action] ?? []
        return own + global.filter { tables[context]?[$0] == nil }
    }

    /// The bindings of one context's own table, in file order (for the help screen).
    public func bindings(in context: String) -> [Binding] {
        (order[context] ?? []).compactMap { tables[context]?[$0] }
    }

    /// Every context with a table, sorted.
    public var contexts: [String] { tables.keys.sorted() }

    private init() {
        tables = [:]
        order = [:]
        chordsByAction = [:]
    }

    private static func build(entries: [Entry], knownActions: Set<String>) -> (keymap: Keymap, errors: [KeymapError]) {
        var keymap = Keymap()
        var errors: [KeymapError] = []
        for entry in entries {
            let chord: KeyChord
            do {
                chord = try KeyChord(parsing: entry.chord)
            } catch {
                errors.append(.invalidChord(entry.chord, reason: error, context: entry.context, at: entry.location))
                continue
            }
            guard knownActions.contains(entry.action) else {
                errors.append(
                    .unknownAction(entry.action, chord: entry.chord, context: entry.context, at: entry.location))
                continue
            }
            if let first = keymap.tables[entry.context]?[chord] {
                errors.append(
                    .duplicateBinding(
                        entry.chord, context: entry.context, at: entry.location, firstAt: first.location))
                continue
            }
            keymap.tables[entry.context, default: [:]][chord] = Binding(
                chord: chord, action: entry.action, location: entry.location)
            keymap.order[entry.context, default: []].append(chord)
            keymap.chordsByAction[entry.context, default: [:]][entry.action, default: []].append(chord)
        }
        return (keymap, errors)
    }
}
