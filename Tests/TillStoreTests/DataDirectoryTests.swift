import Foundation
import Testing
@testable import TillStore

@Suite struct DataDirectoryTests {
    let environment = [
        "TILL_DATA_DIR": "/srv/till",
        "XDG_DATA_HOME": "/home/ana/.data",
        "HOME": "/home/ana",
    ]

    @Test func explicitFlagWinsOverEverything() throws {
        let directory = try DataDirectory.resolve(explicit: "/mnt/pos", environment: environment)
        #expect(directory.url.path(percentEncoded: false) == "/mnt/pos/")
    }

    @Test func tillDataDirWinsOverXDG() throws {
        let directory = try DataDirectory.resolve(explicit: nil, environment: environment)
        #expect(directory.url.path(percentEncoded: false) == "/srv/till/")
    }

    @Test func xdgDataHomeComesNext() throws {
        var env = environment
        env["TILL_DATA_DIR"] = nil
        let directory = try DataDirectory.resolve(explicit: nil, environment: env)
        #expect(directory.url.path(percentEncoded: false) == "/home/ana/.data/till/")
    }

    @Test func homeIsTheLastResort() throws {
        let directory = try DataDirectory.resolve(explicit: nil, environment: ["HOME": "/home/ana"])
        #expect(directory.url.path(percentEncoded: false) == "/home/ana/.local/share/till/")
    }

    @Test func emptyValuesCountAsUnset() throws {
        let env = ["TILL_DATA_DIR": "", "XDG_DATA_HOME": "", "HOME": "/home/ana"]
        let directory = try DataDirectory.resolve(explicit: "", environment: env)
        #expect(directory.url.path(percentEncoded: false) == "/home/ana/.local/share/till/")
    }

    @Test func relativeXDGDataHomeIsIgnored() throws {
        let env = ["XDG_DATA_HOME": "data", "HOME": "/home/ana"]
        let directory = try DataDirectory.resolve(explicit: nil, environment: env)
        #expect(directory.url.path(percentEncoded: false) == "/home/ana/.local/share/till/")
    }

    @Test func noHomeAndNothingElseIsAnError() {
        #expect(throws: StoreError.noDataDirectory) {
            try DataDirectory.resolve(explicit: nil, environment: [:])
        }
    }

    @Test func relativeFlagIsTakenFromTheWorkingDirectory() throws {
        let directory = try DataDirectory.resolve(explicit: "pos-data", environment: [:])
        let path = directory.url.path(percentEncoded: false)
        #expect(path.hasPrefix("/"))
        #expect(path.hasSuffix("/pos-data/"))
    }

    @Test func namesTheDatabaseAndSettingsFiles() throws {
        let directory = try DataDirectory.resolve(explicit: "/mnt/pos", environment: [:])
        #expect(directory.databaseURL.path(percentEncoded: false) == "/mnt/pos/till.sqlite")
        #expect(directory.settingsURL.path(percentEncoded: false) == "/mnt/pos/till.toml")
    }

    @Test func createMakesMissingParentsAndIsRepeatable() throws {
        try withTemporaryFolder { folder in
            let directory = DataDirectory(url: folder.appending(path: "a/b/till"))

            try directory.create()
            try directory.create()

            var isDirectory: ObjCBool = false
            #expect(FileManager.default.fileExists(atPath: directory.url.path, isDirectory: &isDirectory))
            #expect(isDirectory.boolValue)
        }
    }

    @Test func createRefusesAFileInTheWay() throws {
        try withTemporaryFolder { folder in
            let file = folder.appending(path: "till")
            try Data("not a folder".utf8).write(to: file)

            #expect(throws: StoreError.notADirectory(path: file.path(percentEncoded: false))) {
                try DataDirectory(url: file).create()
            }
            #expect(throws: StoreError.notADirectory(path: file.path(percentEncoded: false))) {
                try DataDirectory(url: file.appending(path: "inner")).create()
            }
        }
    }

    @Test(.enabled(if: getuid() != 0, "root ignores permission bits"))
    func createReportsPermissionDenied() throws {
        try withTemporaryFolder { folder in
            let locked = folder.appending(path: "locked")
            try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: false,
                                                    attributes: [.posixPermissions: 0o500])
            defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: locked.path) }
            let target = locked.appending(path: "till")

            #expect(throws: StoreError.permissionDenied(path: target.path(percentEncoded: false))) {
                try DataDirectory(url: target).create()
            }
        }
    }

    @Test func errnoMapsToActionableErrors() {
        #expect(DataDirectory.error(errno: EACCES, path: "/x") == .permissionDenied(path: "/x"))
        #expect(DataDirectory.error(errno: EPERM, path: "/x") == .permissionDenied(path: "/x"))
        #expect(DataDirectory.error(errno: ENOTDIR, path: "/x") == .notADirectory(path: "/x"))
        #expect(DataDirectory.error(errno: EROFS, path: "/x") == .readOnly(path: "/x"))
        #expect(DataDirectory.error(errno: ENOSPC, path: "/x") == .diskFull(path: "/x"))
        #expect(DataDirectory.error(errno: ELOOP, path: "/x")
                == .cannotCreateDirectory(path: "/x", reason: String(cString: strerror(ELOOP))))
    }
}
