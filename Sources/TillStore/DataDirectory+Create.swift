#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

extension DataDirectory {
    /// Creates the directory and any missing parents (mode 0700: sales data is private), or
    /// confirms it is a directory this user can write.
    ///
    /// Uses `mkdir(2)` directly so each failure keeps its `errno`, which Foundation's
    /// `createDirectory` folds into vaguer errors, and names the exact component at fault.
    public func create() throws(StoreError) {
        var partial = ""
        for component in url.path(percentEncoded: false).split(separator: "/") {
            partial += "/" + component
            guard mkdir(partial, 0o700) != 0 else { continue }
            let code = errno
            guard code == EEXIST else { throw Self.error(errno: code, path: partial) }
            guard Self.isDirectory(partial) else { throw .notADirectory(path: partial) }
        }
        let path = url.path(percentEncoded: false)
        guard access(path, W_OK | X_OK) == 0 else { throw Self.error(errno: errno, path: path) }
    }

    /// Maps a failed file-system call to what a person can do about it.
    static func error(errno code: Int32, path: String) -> StoreError {
        switch code {
        case ENOTDIR: .notADirectory(path: path)
        case EACCES, EPERM: .permissionDenied(path: path)
        case EROFS: .readOnly(path: path)
        case ENOSPC, EDQUOT: .diskFull(path: path)
        default: .cannotCreateDirectory(path: path, reason: String(cString: strerror(code)))
        }
    }

    private static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }
}
