// swift-tools-version:6.1
import PackageDescription

/// Strict settings every Till target shares: dependency types stay out of public APIs unless imported publicly.
let strict: [SwiftSetting] = [
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "Till",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "till", targets: ["till"]),
        .executable(name: "till-hub", targets: ["till-hub"]),
        .executable(name: "till-bench", targets: ["till-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift", from: "0.2.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.0.0"),
    ],
    targets: [
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .systemLibrary(name: "CLibUSB", path: "Sources/CLibUSB", pkgConfig: "libusb-1.0",
                       providers: [.apt(["libusb-1.0-0-dev"])]),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),

        .target(name: "TillCore", swiftSettings: strict),
        // TillStore writes outbox payloads in the wire's own types (TillWire), so what a terminal
        // stores is what the hub reads.
        .target(name: "TillStore", dependencies: [
            "TillCore", "TillWire", .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "CryptoExtras", package: "swift-crypto"),
        ], swiftSettings: strict),
        .target(name: "TillWire", dependencies: ["TillCore"], swiftSettings: strict),
        .target(name: "TillSync", dependencies: [
            "TillWire", "TillStore", .product(name: "AsyncHTTPClient", package: "async-http-client"),
        ], swiftSettings: strict),
        .target(name: "TillHub", dependencies: [
            "TillWire",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdTLS", package: "hummingbird"),
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "Crypto", package: "swift-crypto"),
        ], swiftSettings: strict),
        .target(name: "TillDevices", dependencies: ["TillCore", "TermUI", "CLibUSB", "CZlib"], swiftSettings: strict),
        .target(name: "TermUI", swiftSettings: strict),
        .target(name: "TermUICurses", dependencies: ["TermUI", "CNcursesw"], swiftSettings: strict),
        .target(name: "TillApp", dependencies: [
            "TillCore", "TillStore", "TillSync", "TillDevices", "TermUI",
            .product(name: "TOMLKit", package: "TOMLKit"),
            .product(name: "Logging", package: "swift-log"),
        ], swiftSettings: strict),

        .executableTarget(name: "till", dependencies: [
            "TillApp", "TillCore", "TillStore", "TermUI", "TermUICurses", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], swiftSettings: strict),
        // till-hub reads catalog CSV with the terminal's own importer (TillStore), so hub and lane
        // refuse the same rows in the same words.
        .executableTarget(name: "till-hub", dependencies: [
            "TillHub", "TillWire", "TillCore", "TillStore", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], swiftSettings: strict),
        .executableTarget(name: "till-bench", dependencies: [
            "TillCore", "TillStore", "TillApp", "TermUI", "TermUICurses", "TillHub", "TillSync", "TillWire",
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
            .product(name: "Histogram", package: "hdrhistogram-swift"),
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], swiftSettings: strict),

        .testTarget(name: "TillCoreTests", dependencies: ["TillCore"], swiftSettings: strict),
        .testTarget(name: "TillStoreTests", dependencies: [
            "TillStore", .product(name: "GRDB", package: "GRDB.swift"),
        ], swiftSettings: strict),
        .testTarget(name: "TillWireTests", dependencies: ["TillWire"], swiftSettings: strict),
        .testTarget(name: "TillSyncTests", dependencies: [
            "TillSync", "TillWire", "TillStore", "TillCore", "HubProcess",
            .product(name: "GRDB", package: "GRDB.swift"),
        ], swiftSettings: strict),
        // The real till-hub in a child process on a loopback port, for the sync and end-to-end tests.
        .target(name: "HubProcess", dependencies: [.product(name: "GRDB", package: "GRDB.swift")], path: "Tests/Support/HubProcess",
                swiftSettings: strict),
        .testTarget(name: "TillHubTests", dependencies: [
            "TillHub", "TillWire", .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "GRDB", package: "GRDB.swift"),
        ], swiftSettings: strict),
        .testTarget(name: "TillDevicesTests", dependencies: ["TillDevices"], swiftSettings: strict),
        // Test support for the printer transports, run by TillDevicesTests as separate processes: an
        // emulated USB printer (umockdev; a stub that exits 77 where umockdev is missing) and a
        // command-line driver of any transport.
        .systemLibrary(name: "CUMockdev", path: "Tests/Support/CUMockdev", pkgConfig: "umockdev-1.0",
                       providers: [.apt(["libumockdev-dev", "libglib2.0-dev"])]),
        .executableTarget(name: "umockdev-printer", dependencies: ["CUMockdev"], path: "Tests/Support/UMockdevPrinter"),
        .executableTarget(name: "printer-probe", dependencies: ["TillDevices"], path: "Tests/Support/PrinterProbe",
                          swiftSettings: strict),
        // The same for the USB scanner: an emulated HID scanner (umockdev) and a driver of USBScanner.
        .executableTarget(name: "umockdev-scanner", dependencies: ["CUMockdev"], path: "Tests/Support/UMockdevScanner"),
        .executableTarget(name: "scanner-probe", dependencies: ["TillDevices"], path: "Tests/Support/ScannerProbe",
                          swiftSettings: strict),
        .testTarget(name: "TermUITests", dependencies: ["TermUI"], swiftSettings: strict),
        .testTarget(name: "TermUICursesTests", dependencies: ["TermUICurses"], swiftSettings: strict),
        .testTarget(name: "TillAppTests", dependencies: ["TillApp", "HubProcess"], swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
