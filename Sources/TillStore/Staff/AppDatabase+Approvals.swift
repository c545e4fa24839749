import GRDB
import TillWire
public import TillCore

extension AppDatabase {
    /// Journals that one member approved another's request on this terminal, with its outbox event.
    ///
    /// `saleID` names the sale the approval was for, if any; it is not a foreign key, because an
    /// approval is given before its sale is committed, and the sale may still be abandoned.
    public func record(_ approval: Approval, terminalID: String, saleID: String?) throws(StoreError) {
        try write { db in
            try db.execute(sql: """
                INSERT INTO approval (id, action, requester_id, approver_id, approver_role, reason, approved_at, terminal_id, sale_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [approval.id, approval.action.storedText, approval.requesterID, approval.approverID,
                                 approval.approverRole.rawValue, approval.reason, Timestamp.text(approval.approvedAt),
                                 terminalID, saleID])
            try Outbox.append(.approval, ApprovalEvent(approval: approval, terminalID: terminalID, saleID: saleID),
                              at: approval.approvedAt, db)
        }
    }
}

/// The outbox payload of an approval.
private struct ApprovalEvent: Encodable {
    let approval: Approval
    let terminalID: String
    let saleID: String?
}
