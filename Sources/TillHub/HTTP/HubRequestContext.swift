import Hummingbird

/// The context of every hub request: the terminal its bearer token names, once
/// `TerminalAuthenticator` has checked it (hummingbird-auth's identity-in-context pattern).
struct HubRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    var terminal: TerminalIdentity?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }
}

/// The context of the routes a paired terminal calls: the terminal is known, not optional, so a
/// handler cannot forget to check it.
struct TerminalRequestContext: ChildRequestContext {
    var coreContext: CoreRequestContextStorage
    let terminal: TerminalIdentity

    init(context: HubRequestContext) throws {
        guard let terminal = context.terminal else {
            throw HubError.unauthorized("this route needs Authorization: Bearer TOKEN")
        }
        coreContext = context.coreContext
        self.terminal = terminal
    }
}
