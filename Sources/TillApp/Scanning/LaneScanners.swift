import TillDevices

/// Starts the background scanner till.toml names and forwards what it reports to the app's inbox.
enum LaneScanners {
    /// The running scanner, or nil when the lane has none besides a keyboard-mode one.
    static func start(settings: DeviceSettings, inbox: AppInbox) throws(DeviceAddressError) -> (any BackgroundScanner)? {
        guard let address = settings.scanner else { return nil }
        let scanner = try ScannerAddress(parsing: address).makeScanner()
        scanner.start { report in
            switch report {
            case .scan(let event): inbox.post(.scanned(event))
            case .state(let source, let state): inbox.post(.scannerChanged(source, state))
            }
        }
        return scanner
    }
}
