public import Foundation
import TillCore
public import TillStore
public import TillSync
import TillWire

/// `till sync pair|status|now`: pairing a terminal with its hub, and what an installer or a manager
/// needs to see of sync, as lines to print.
public struct SyncTool: Sendable {
    public let database: AppDatabase
    public let settings: TerminalSettings
    public let synchronizer: Synchronizer

    public init(directory: DataDirectory, now: @escaping @Sendable () -> Date = Date.init) throws {
        (database, settings) = try StoreSetup.open(directory: directory)
        synchronizer = Synchronizer(database: database, now: now)
    }

    /// Exchanges a code from `till-hub pair` for this terminal's credentials; the hub is `hubURL`,
    /// else till.toml's `[hub] url`.
    public func pair(hubURL: String?, code: String) async throws(SyncToolError) -> [String] {
        guard let url = hubURL ?? settings.hubURL?.absoluteString else {
            throw .noHub
        }
        let classes: [WireTaxClass]
        let waiting: Int
        do {
            classes = try database.taxTable().classes.values.sorted { $0.code < $1.code }.map {
                WireTaxClass(code: $0.code, name: $0.name, rateMillionths: $0.rate.millionths)
            }
            waiting = try database.outboxBacklog().count
        } catch {
            throw .sync(.store(error))
        }
        let paired: PairResponse
        do {
            paired = try await synchronizer.pair(hubURL: url, code: code, terminalID: settings.terminalID,
                                                 currency: settings.currency.code, taxClasses: classes)
        } catch {
            throw .sync(error)
        }
        return ["Paired terminal \(paired.terminalID) of store \(paired.storeID) with \(url).",
                "The \(waiting) events waiting and every sale from now on go to the hub in the background while till "
                    + "runs, or at once with till sync now."]
    }

    /// Where sync stands: the hub, the queue, the last success and the last error.
    public func status(now: Date = Date()) throws(SyncToolError) -> [String] {
        do {
            let backlog = try database.outboxBacklog()
            let queue = backlog.count == 0 ? "nothing waiting"
                : "\(backlog.count) events waiting" + (backlog.oldest.map { ", the oldest for \(AppState.ageText(now.timeIntervalSince($0)))" } ?? "")
            guard let state = try database.syncState() else {
                return ["Not paired with a hub (\(queue)): run till sync pair --hub URL --code CODE."]
            }
            var lines = ["Hub: \(state.hubURL), store \(state.storeID), terminal \(settings.terminalID)",
                         "Queue: \(queue); events sent through \(state.pushedThrough), feed read through \(state.pullCursor)"]
            lines.append("Last success: " + (state.lastSuccess.map(Timestamp.text) ?? "never"))
            if let error = state.lastError { lines.append("Last error: \(error)") }
            let rejected = try database.rejectedEvents()
            if !rejected.isEmpty {
                lines.append("Refused by the hub (\(rejected.count)):")
                lines += rejected.map { "  event \($0.sequence) (\($0.kind)): \($0.reason)" }
            }
            return lines
        } catch {
            throw .sync(.store(error))
        }
    }

    /// One round now: push everything waiting, pull every change.
    public func syncNow() async throws(SyncToolError) -> [String] {
        do {
            let report = try await synchronizer.syncOnce()
            return ["Sent \(report.pushed) events (\(report.rejected) refused by the hub), applied \(report.pulled) changes."]
        } catch {
            throw .sync(error)
        }
    }
}

/// Why a `till sync` command could not do its work.
public enum SyncToolError: Error, CustomStringConvertible {
    case noHub
    case sync(SyncError)

    public var description: String {
        switch self {
        case .noHub: "Name the hub: till sync pair --hub http://HUB:8480 --code CODE, or set [hub] url in till.toml."
        case .sync(let error): error.description
        }
    }
}
