import Foundation
import GRDB
import Testing
import TillCore
@testable import TillStore

@Suite struct PINHashTests {
    @Test func aHashReadsBackAndKnowsItsPIN() throws {
        let hash = try PINHash(try PIN("4711"), rounds: 1_000)
        let stored = try PINHash(stored: hash.stored)
        #expect(stored == hash)
        #expect(try stored.matches(try PIN("4711")))
        #expect(try !stored.matches(try PIN("4712")))
        #expect(try !stored.matches(try PIN("47110")))
    }

    @Test func eachHashHasItsOwnSalt() throws {
        let first = try PINHash(try PIN("1234"), rounds: 1_000)
        let second = try PINHash(try PIN("1234"), rounds: 1_000)
        #expect(first.salt.count == 16)
        #expect(first.salt != second.salt)
        #expect(first.hash != second.hash)
    }

    @Test func theStoredTextCarriesSchemeRoundsSaltAndHash() throws {
        // Given a member saved with the default rounds
        let database = try AppDatabase.makeTemporary()
        try database.saveStaff(try StaffMember(id: "1001", name: "Ann Meyer", role: .manager), pin: try PIN("246810"),
                               at: StaffFixture.noon)
        // Then the stored text names the scheme and 600 000 rounds, then 16 bytes of salt and 32 of hash
        let stored = try #require(try database.writer.read { try String.fetchOne($0, sql: "SELECT pin_hash FROM staff") })
        #expect(stored.wholeMatch(of: /pbkdf2-sha256\$600000\$[A-Za-z0-9+\/]{22}==\$[A-Za-z0-9+\/]{43}=/) != nil)
        #expect(PINHash.defaultRounds == 600_000)
        // And it verifies
        #expect(try database.logIn(staffID: "1001", pin: "246810", terminalID: "T1", at: StaffFixture.noon)
                == .success(try StaffMember(id: "1001", name: "Ann Meyer", role: .manager)))
    }

    @Test(arguments: [
        ("", "is not of the form pbkdf2-sha256$<rounds>$<salt>$<hash>"),
        ("argon2id$2$c2FsdA==$aGFzaA==", "is not of the form pbkdf2-sha256$<rounds>$<salt>$<hash>"),
        ("pbkdf2-sha256$1000$c2FsdA==", "is not of the form pbkdf2-sha256$<rounds>$<salt>$<hash>"),
        ("pbkdf2-sha256$many$c2FsdA==$aGFzaA==", "has no round count"),
        ("pbkdf2-sha256$0$c2FsdGNvZmZlZWNvZmZlZQ==$\(String(repeating: "A", count: 43))=", "has 0 rounds, not 1 to 4294967295"),
        ("pbkdf2-sha256$99999999999$c2FsdA==$\(String(repeating: "A", count: 43))=", "has 99999999999 rounds, not 1 to 4294967295"),
        ("pbkdf2-sha256$1000$not base64!$aGFzaA==", "has a salt or hash that is not base64"),
        ("pbkdf2-sha256$1000$$\(String(repeating: "A", count: 43))=", "has an empty salt"),
        ("pbkdf2-sha256$1000$c2FsdA==$aGFzaA==", "has a 4-byte hash, not 32"),
    ])
    func unreadableTextIsRefusedWithAReason(text: String, reason: String) {
        #expect(throws: PINHash.Failure(reason: reason)) { try PINHash(stored: text) }
    }

    @Test func aDamagedHashIsDamagedDataNotAWrongPIN() throws {
        // Given Ann's stored hash overwritten with something that is not a hash
        let database = try StaffFixture.store()
        try database.writer.write { try $0.execute(sql: "UPDATE staff SET pin_hash = 'pbkdf2-sha256$1000$$' WHERE id = 'ann'") }
        // When she logs in, the store reports damaged data rather than a wrong PIN
        #expect(throws: StoreError.invalidData(path: database.path, reason: "the PIN hash of staff member ann has an empty salt")) {
            try database.logIn(staffID: "ann", pin: "1234", terminalID: "T1", at: StaffFixture.noon)
        }
        // And the attempt, which was never checked, is not recorded
        #expect(try database.count("login_attempt") == 0)
    }

    @Test func roundsBoringSSLCannotTakeAreRefusedNotTrapped() throws {
        let database = try AppDatabase.makeTemporary()
        let ann = try StaffMember(id: "ann", name: "Ann", role: .cashier)
        #expect(throws: StoreError.invalidData(path: database.path, reason: "the new PIN hash of staff member ann has 0 rounds, not 1 to 4294967295")) {
            try database.saveStaff(ann, pin: try PIN("1234"), rounds: 0, at: StaffFixture.noon)
        }
        #expect(throws: StoreError.self) { try database.saveStaff(ann, pin: try PIN("1234"), rounds: Int(UInt32.max) + 1, at: StaffFixture.noon) }
        #expect(try database.staff().isEmpty)
    }
}
