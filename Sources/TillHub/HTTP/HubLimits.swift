/// The most the hub reads of one request, so a runaway client cannot fill its memory.
enum HubLimits {
    /// 500 events of a few kilobytes each fit several times over.
    static let maximumBodyBytes = 4 * 1024 * 1024

    static let bodyTooLarge = "the body is larger than the 4 MiB the hub reads: send fewer events per push"
}
