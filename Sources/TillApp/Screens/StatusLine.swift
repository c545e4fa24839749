import TillCore
import Foundation
import TermUI

extension AppState {
    /// The top line of every screen: where, who, shift, sync, printer, clock — and TRAINING when it is.
    ///
    /// Below ``wideStatus`` columns it drops the store's name (once someone is logged in) and the
    /// screen's title, so who is selling and the warnings always fit.
    func statusBar(width: Int) -> StatusBar {
        let wide = width >= Self.wideStatus
        var left: [StatusBar.Segment] = [.init(wide || user == nil ? " \(profile.storeName) · \(profile.terminalID)" : " \(profile.terminalID)")]
        if let user { left.append(.init(wide ? "· \(user.name) (\(user.role.rawValue))" : "· \(user.name)")) }
        var right: [StatusBar.Segment] = []
        if profile.training { right.append(.init(" TRAINING ", styleKey: "banner.training")) }
        right.append(.init(shift.map { "Shift \(Self.clockText($0.openedAt))" } ?? "No shift"))
        right.append(syncSegment)
        right.append(printerSegment)
        if drawerOpen { right.append(.init("Drawer open", styleKey: "status.offline")) }
        if !unavailableScanners.isEmpty { right.append(.init("Scanner off", styleKey: "status.offline")) }
        right.append(.init(Self.clockText(now) + " "))
        return StatusBar(left: left, center: wide ? [.init(route.title)] : [], right: right)
    }

    /// The width from which the status bar has room for everything.
    static let wideStatus = 120

    /// The receipt printer's state, with the jobs waiting for it.
    private var printerSegment: StatusBar.Segment {
        let queued = sync.queuedPrints > 0 ? " (\(sync.queuedPrints) queued)" : ""
        switch printer {
        case .none: return .init("No printer" + queued)
        case .ready: return .init("Printer" + queued, styleKey: queued.isEmpty ? "status" : "status.offline")
        case .problem(let reason): return .init("Printer: \(reason)\(queued)", styleKey: "status.offline")
        }
    }

    private var syncSegment: StatusBar.Segment {
        guard sync.unsynced > 0 else { return .init(sync.online ? "Synced" : "Offline", styleKey: sync.online ? "status.online" : "status") }
        let age = sync.oldest.map { " (\(Self.ageText(now.timeIntervalSince($0))))" } ?? ""
        return .init("\(sync.online ? "Syncing" : "Offline") \(sync.unsynced)\(age)", styleKey: "status.offline")
    }

    /// Hours and minutes in the machine's time zone.
    static func clockText(_ date: Date) -> String {
        let parts = Calendar.current.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    /// "40 s", "12 min", "3 h", "2 d": how long the oldest unsynced event has waited.
    static func ageText(_ seconds: TimeInterval) -> String {
        switch max(0, seconds) {
        case ..<60: "\(Int(seconds)) s"
        case ..<3_600: "\(Int(seconds / 60)) min"
        case ..<86_400: "\(Int(seconds / 3_600)) h"
        default: "\(Int(seconds / 86_400)) d"
        }
    }
}
