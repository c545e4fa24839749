/// A command that ran but could not do its job (bad rows in a file, a store that cannot be written):
/// printed as `Error: …` with exit status 1, without the usage text a mistyped option gets.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
}
