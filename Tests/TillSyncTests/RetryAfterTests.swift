import Foundation
import Testing
import TillSync

@Suite struct RetryAfterTests {
    /// Wed, 21 Oct 2015 07:28:00 GMT
    let eventTime = Date(timeIntervalSince1970: 1_445_412_480)

    @Test func parsesDeltaSeconds() {
        #expect(RetryAfter(header: "120") == .seconds(120))
        #expect(RetryAfter(header: " 0 ") == .seconds(0))
    }

    @Test func parsesTheThreeHTTPDateForms() {
        #expect(RetryAfter(header: "Wed, 21 Oct 2015 07:28:00 GMT") == .date(eventTime))
        #expect(RetryAfter(header: "Wednesday, 21-Oct-15 07:28:00 GMT") == .date(eventTime))
        #expect(RetryAfter(header: "Wed Oct 21 07:28:00 2015") == .date(eventTime))
        #expect(RetryAfter(header: "Sun Nov  6 08:49:37 1994")
                == .date(Date(timeIntervalSince1970: 784_111_777)))
    }

    @Test(arguments: ["", "soon", "-5", "1.5", "12abc", "21 Oct 2015"])
    func rejectsAnythingElse(header: String) {
        #expect(RetryAfter(header: header) == nil)
    }

    @Test func delayFromADateCountsFromNow() {
        let retry = RetryAfter.date(eventTime)

        #expect(retry.delay(from: eventTime.addingTimeInterval(-30)) == .seconds(30))
        #expect(retry.delay(from: eventTime.addingTimeInterval(10)) == .zero)
        #expect(RetryAfter.seconds(45).delay(from: eventTime) == .seconds(45))
    }

    @Test func aParsedHeaderDrivesTheBackoff() throws {
        var backoff = Backoff()
        var highest = HighestGenerator()
        let header = try #require(RetryAfter(header: "Wed, 21 Oct 2015 07:28:00 GMT"))

        let delay = backoff.delayAfterFailure(
            retryAfter: header.delay(from: eventTime.addingTimeInterval(-90)), using: &highest)

        #expect(delay == .seconds(90))
    }
}
