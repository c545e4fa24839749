/// A command that ran but could not do its job (bad rows in a file, an unknown store): printed as
/// `Error: …` with exit status 1, without the usage text a mistyped option gets.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
}
