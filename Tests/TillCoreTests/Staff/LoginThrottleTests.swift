import Foundation
import Testing
import TillCore

@Suite struct LoginThrottleTests {
    @Test func mistypesAreFreeThenTheWaitDoublesUpToTheCap() {
        let throttle = LoginThrottle()
        let delays = (0...10).map { throttle.delay(afterConsecutiveFailures: $0) }
        #expect(delays == [0, 0, 0, 5, 10, 20, 40, 80, 160, 300, 300])
    }

    @Test func settingsAreTheStoresToChoose() {
        let throttle = LoginThrottle(freeAttempts: 1, firstDelay: 2, maximumDelay: 7)
        #expect((0...4).map { throttle.delay(afterConsecutiveFailures: $0) } == [0, 2, 4, 7, 7])
    }

    @Test func aLongRunOfFailuresStaysAtTheCap() {
        let throttle = LoginThrottle()
        #expect(throttle.delay(afterConsecutiveFailures: 70) == 300)
        #expect(throttle.delay(afterConsecutiveFailures: .max) == 300)
    }

    @Test func negativeSettingsCountAsZero() {
        let throttle = LoginThrottle(freeAttempts: -2, firstDelay: -5, maximumDelay: 300)
        #expect(throttle == LoginThrottle(freeAttempts: 0, firstDelay: 0, maximumDelay: 300))
        #expect(throttle.delay(afterConsecutiveFailures: 3) == 0)
    }
}
