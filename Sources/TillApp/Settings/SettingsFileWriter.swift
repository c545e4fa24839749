#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes `till.toml` so that it is either absent or whole, even across a power cut: the text goes to
/// `till.toml.partial` beside it, is flushed to disk, and only then renamed to its name.
enum SettingsFileWriter {
    static func save(_ text: String, to path: String) throws(StoreSetupError) {
        let temporary = path + ".partial"
        do throws(StoreSetupError) {
            try writeAndSync(Array(text.utf8), to: temporary)
            guard rename(temporary, path) == 0 else { throw failure(path) }
        } catch {
            unlink(temporary)
            throw error
        }
        syncDirectory(of: path)
    }

    private static func writeAndSync(_ bytes: [UInt8], to path: String) throws(StoreSetupError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { throw failure(path) }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                guard errno == EINTR else { throw failure(path) }
                continue
            }
            written += count
        }
        guard fsync(descriptor) == 0 else { throw failure(path) }
    }

    /// Makes the rename itself durable. Best effort: some file systems refuse `fsync` on a directory,
    /// and the file is already complete under its name by then.
    private static func syncDirectory(of path: String) {
        let directory = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let descriptor = open(directory.isEmpty ? "/" : directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    private static func failure(_ path: String) -> StoreSetupError {
        .cannotWriteSettings(path: path, reason: String(cString: strerror(errno)))
    }
}
