import Foundation
import TermUI
import TillCore
import TillStore

extension AppState {
    /// Keys while the approval prompt is open: its three fields, Enter to go on, Esc to refuse.
    mutating func approvalKey(_ chord: KeyChord, _ prompt: ApprovalPrompt, _ environment: AppEnvironment) -> [Effect] {
        var prompt = prompt
        guard !prompt.checking else { return [] }
        defer { if case .approval = self.overlay { self.overlay = .approval(prompt) } }
        if Self.isEditing(chord) {
            switch prompt.field {
            case .staff: prompt.staff.handle(chord)
            case .pin: prompt.pin.handle(chord)
            case .reason: prompt.reason.handle(chord)
            }
            return []
        }
        switch action(for: chord) {
        case .cancel:
            self.overlay = nil
            show(Message("Not approved: \(prompt.action) was not done", .warning))
        case .up:
            prompt.field = prompt.field == .reason ? .pin : .staff
        case .down:
            prompt.field = prompt.field == .staff ? .pin : .reason
        case .submit:
            switch prompt.field {
            case .staff: prompt.field = .pin
            case .pin: prompt.field = .reason
            case .reason:
                let staffID = prompt.staff.text.trimmingCharacters(in: .whitespaces)
                guard !staffID.isEmpty, !prompt.pin.text.isEmpty else {
                    prompt.message = Message("Type the supervisor's number and PIN", .warning)
                    prompt.field = staffID.isEmpty ? .staff : .pin
                    return []
                }
                guard !prompt.reason.text.trimmingCharacters(in: .whitespaces).isEmpty else {
                    prompt.message = Message("Type why this is needed", .warning)
                    return []
                }
                let pin = prompt.pin.text
                prompt.pin.clear()
                prompt.checking = true
                return [.checkApprover(staffID: staffID, pin: pin)]
            }
        default:
            break
        }
        return []
    }

    /// The supervisor's PIN was checked: approve and carry out the held operation, or say why not.
    mutating func approverChecked(_ outcome: LoginOutcome, _ environment: AppEnvironment) -> [Effect] {
        guard case .approval(var prompt) = overlay, let user else { return [] }
        prompt.checking = false
        let refusal: String
        switch outcome {
        case .success(let approver):
            do throws(StaffError) {
                let approval = try Approval(id: environment.newID(), action: prompt.action, requestedBy: user, approvedBy: approver,
                                            reason: prompt.reason.text, at: now, policy: profile.policy)
                overlay = nil
                return [.recordApproval(approval)] + perform(prompt.pending, approvedBy: approver.id)
            } catch {
                refusal = error.description
            }
        case .wrongPIN(let failures, _): refusal = "Wrong PIN (\(failures) failed in a row)"
        case .retryAt: refusal = "Too many wrong PINs for that number: try again later"
        case .unknownStaff: refusal = "No staff member has that number"
        case .inactive(let member): refusal = "\(member.name) is deactivated"
        }
        prompt.message = Message(refusal, .error)
        overlay = .approval(prompt)
        return []
    }

    /// Whether the logged-in user may do `action` now. If a supervisor could allow it, the approval
    /// prompt opens for `pending`; if nobody could, `refusal` is shown where the screen shows messages.
    mutating func mayDo(_ action: StaffAction, pending: PendingOperation, refusal: String) -> Bool {
        guard let user else { return false }
        switch profile.policy.decide(action, by: user) {
        case .allowed:
            return true
        case .needsApproval(let roles):
            overlay = .approval(ApprovalPrompt(action: action, pending: pending, approverRoles: roles))
        case .refused:
            show(Message(refusal, .error))
        }
        return false
    }

    /// Carries out an operation once it is approved.
    private mutating func perform(_ pending: PendingOperation, approvedBy approverID: String) -> [Effect] {
        switch pending {
        case .sale(let command):
            return runSale(command, approvedBy: approverID)
        case .movement(let movement):
            guard let shift else { return [] }
            return record(movement, in: shift)
        case .xReport:
            shiftForm.show(.xReport)
            return [.loadShift]
        case .refund(let refund):
            return commitRefund(refund, approvedBy: approverID)
        case .zReport:
            reports.closing = true
            return user.map { closeZ(by: $0.id) } ?? []
        case .reprint(let saleID, let receipt):
            return user.map { [.reprint(saleID: saleID, receipt: receipt, staffID: $0.id)] } ?? []
        case .stock(let request):
            return [.stock(request, staffID: user?.id, approvedBy: approverID)]
        case .laneChange(let change):
            changeLane(change)
            return []
        case .transferCheck(let server):
            return handOver(to: server)
        }
    }
}
