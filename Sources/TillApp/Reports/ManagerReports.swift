public import Foundation
public import TillCore
public import TillStore

/// The manager's reports on one terminal's store, read in the store's currency and rounding.
///
/// The reports screen, the printer and `till report` all go through these calls, so the figures come
/// from one path: the store's rows, the core's arithmetic, the core's renderers.
public struct ManagerReports: Sendable {
    public let database: AppDatabase
    public let settings: TerminalSettings
    public let calendar: BusinessCalendar
    public let policy: PermissionPolicy

    public init(database: AppDatabase, settings: TerminalSettings, calendar: BusinessCalendar = BusinessCalendar(),
                policy: PermissionPolicy = .standard) {
        self.database = database
        self.settings = settings
        self.calendar = calendar
        self.policy = policy
    }

    /// The reports of the store in `directory`.
    public static func open(_ directory: DataDirectory) throws(ManagerReportError) -> ManagerReports {
        do {
            let (database, settings) = try StoreSetup.open(directory: directory)
            return ManagerReports(database: database, settings: settings)
        } catch {
            throw .setup(error)
        }
    }

    /// The business day `date` falls on, on this terminal's calendar.
    public func day(of date: Date) throws(ManagerReportError) -> BusinessDay {
        do { return try calendar.day(of: date) } catch { throw .report(error) }
    }

    /// The figures of the days `from` through `to`, which the X and analysis reports print; nothing is closed.
    public func period(from: BusinessDay, to: BusinessDay) throws(ManagerReportError) -> PeriodReport {
        let input: ReportInput
        do {
            input = try database.reportInput(from: from, to: to, currency: settings.currency, rounding: settings.tax.roundingMode,
                                             calendar: calendar)
        } catch {
            throw .store(error)
        }
        do { return try PeriodReport(input) } catch { throw .report(error) }
    }

    /// Closes every day since the last Z through `day` with the next Z report, once `staffID`'s PIN and
    /// right to take a Z are checked.
    public func closeZ(through day: BusinessDay, staffID: String, pin: String, at date: Date) throws(ManagerReportError) -> ZReport {
        let member = try authorize(.zReport, staffID: staffID, pin: pin, at: date)
        return try closeZ(through: day, closedBy: member.id, at: date)
    }

    /// Closes every day since the last Z through `day`, for a member the app has already logged in and
    /// checked (or had a supervisor approve).
    public func closeZ(through day: BusinessDay, closedBy staffID: String, at date: Date) throws(ManagerReportError) -> ZReport {
        do {
            return try database.closeZ(through: day, terminalID: settings.terminalID, closedBy: staffID, at: date,
                                       currency: settings.currency, rounding: settings.tax.roundingMode, calendar: calendar)
        } catch {
            throw .store(error)
        }
    }

    /// Z report `number` again: its JSON exactly as stored at the close, or on paper and in CSV worked
    /// out again and checked against that JSON.
    public func storedZ(number: Int, as format: ReportFormat) throws(ManagerReportError) -> String {
        let text: String?
        do {
            text = format == .json
                ? try database.zReport(number: number)?.document
                : try database.reprintZ(number: number, currency: settings.currency, rounding: settings.tax.roundingMode,
                                        calendar: calendar)?.rendered(as: format)
        } catch {
            throw .store(error)
        }
        guard let text else { throw .noSuchZ(number) }
        return text
    }

    /// The member who typed `pin`, if they may do `permission` on their own.
    private func authorize(_ permission: Permission, staffID: String, pin: String, at date: Date) throws(ManagerReportError) -> StaffMember {
        let outcome: LoginOutcome
        do { outcome = try database.logIn(staffID: staffID, pin: pin, terminalID: settings.terminalID, at: date) } catch { throw .store(error) }
        switch outcome {
        case .success(let member):
            guard policy.decide(.permission(permission), by: member) == .allowed else {
                throw .notPermitted(name: member.name, role: member.role, permission: permission)
            }
            return member
        case .wrongPIN: throw .notLoggedIn("That is not the PIN of staff member \(staffID).")
        case .retryAt(let date): throw .notLoggedIn("Too many wrong PINs for staff member \(staffID): try again after \(Timestamp.text(date)).")
        case .unknownStaff: throw .notLoggedIn("No staff member has the number \(staffID).")
        case .inactive(let member): throw .notLoggedIn("\(member.name) is deactivated; a manager must reactivate them first.")
        }
    }
}
