import Glibc
import Testing
@testable import TillDevices

@Suite struct SerialScaleTests {
    static let stable = Array("\n  1.234kg\r\nS00\r\u{03}".utf8)

    /// A fake scale answering `answers` and a SerialScale on it.
    func scale(_ answers: [FakeScale.Answer]) throws -> (SerialScale, FakeScale) {
        let fake = try FakeScale(answers)
        return (SerialScale(path: fake.device.path), fake)
    }

    @Test func aStableWeightIsReadInGrams() throws {
        // Given a scale showing 1.234 kg
        let (scale, fake) = try scale([.reply([Self.stable])])
        defer { fake.stop() }

        // When it is weighed; Then the weight comes back in grams, after one W CR
        #expect(try scale.weigh(timeoutMilliseconds: 1_000) == 1_234)
        #expect(fake.received == [[0x57, 0x0D]])
    }

    @Test func theLineIsRawAt9600ByDefault() throws {
        let (scale, fake) = try scale([.reply([Self.stable])])
        defer { fake.stop() }

        _ = try scale.weigh(timeoutMilliseconds: 1_000)

        var line = try fake.device.attributes()
        #expect(cfgetospeed(&line) == speed_t(B9600))
        #expect(line.c_lflag & tcflag_t(ECHO | ICANON) == 0)
        #expect(line.c_iflag & tcflag_t(ICRNL | IXON) == 0)
    }

    /// A pseudo-terminal forces 8N1 whatever is asked, so the character format is checked on the
    /// settings the scale would apply.
    @Test(arguments: [
        (SerialFraming.sevenEvenOne, tcflag_t(CS7 | PARENB)),
        (.sevenOddOne, tcflag_t(CS7 | PARENB | PARODD)),
        (.eightNoneOne, tcflag_t(CS8)),
    ])
    func theCharacterFormatIsSetAsConfigured(framing: SerialFraming, bits: tcflag_t) {
        #expect(SerialScale.defaultSettings == SerialSettings(baud: 9600, framing: .sevenEvenOne))
        let settings = SerialSettings(baud: 9600, framing: framing)
        let line = SerialLine.raw(termios(), settings: settings, speed: speed_t(B9600))
        #expect(line.c_cflag & tcflag_t(CSIZE | PARENB | PARODD | CSTOPB) == bits)
        #expect(line.c_cflag & tcflag_t(CLOCAL | CREAD) == tcflag_t(CLOCAL | CREAD))
    }

    @Test func aReplySplitOverSeveralReadsIsJoined() throws {
        let pieces = [Array("\n  1.2".utf8), Array("34kg\r\nS0".utf8), Array("0\r\u{03}".utf8)]
        let (scale, fake) = try scale([.reply(pieces, gap: .milliseconds(20))])
        defer { fake.stop() }

        #expect(try scale.weigh(timeoutMilliseconds: 1_000) == 1_234)
    }

    @Test func poundsAreConvertedToGrams() throws {
        let (scale, fake) = try scale([.reply([Array("\n0.500 lb\r\nS00\r\u{03}".utf8)])])
        defer { fake.stop() }

        #expect(try scale.weigh(timeoutMilliseconds: 1_000) == 227)
    }

    @Test func aWeightInMotionIsRefusedThenReadOnceSettled() throws {
        // Given a scale still moving at the first request and settled at the second
        let moving = Array("\n  1.198kg\r\nS10\r\u{03}".utf8)
        let (scale, fake) = try scale([.reply([moving]), .reply([Self.stable])])
        defer { fake.stop() }

        // When weighed twice; Then the first is refused as in motion, the second gives the weight
        #expect(throws: ScaleError.inMotion) { try scale.weigh(timeoutMilliseconds: 1_000) }
        #expect(try scale.weigh(timeoutMilliseconds: 1_000) == 1_234)
    }

    @Test func anEmptyScaleIsRefused() throws {
        let (scale, fake) = try scale([.reply([Array("\n  0.000kg\r\nS20\r\u{03}".utf8)])])
        defer { fake.stop() }

        #expect(throws: ScaleError.atZero) { try scale.weigh(timeoutMilliseconds: 1_000) }
    }

    @Test func aStatusOnlyReplyOverCapacityIsRefused() throws {
        let (scale, fake) = try scale([.reply([Array("\nS02\r\u{03}".utf8)])])
        defer { fake.stop() }

        #expect(throws: ScaleError.overCapacity) { try scale.weigh(timeoutMilliseconds: 1_000) }
    }

    @Test func aSilentScaleTimesOut() throws {
        // Given a scale that never answers
        let (scale, fake) = try scale([.silence])
        defer { fake.stop() }

        // When weighed with a 100 ms timeout
        let started = ContinuousClock.now
        #expect(throws: ScaleError.noReply(path: fake.device.path, timeoutMilliseconds: 100)) {
            try scale.weigh(timeoutMilliseconds: 100)
        }

        // Then it waited for the timeout, and not much longer
        let waited = ContinuousClock.now - started
        #expect(waited >= .milliseconds(90) && waited < .milliseconds(1_000), "\(waited)")
    }

    @Test func garbageIsRefusedShowingWhatCame() throws {
        // Given a scale at the wrong baud, answering garbage that happens to end in ETX
        let garbage: [UInt8] = [0x7E, 0xE6, 0x12, 0x31, 0x03]
        let (scale, fake) = try scale([.reply([garbage])])
        defer { fake.stop() }

        // When weighed; Then the reply is refused with its bytes
        let error = #expect(throws: ScaleError.self) { try scale.weigh(timeoutMilliseconds: 1_000) }
        #expect(error == .unreadableReply(path: fake.device.path, reply: garbage))
        #expect(error?.description.contains("answered \"~<e6><12>1<ETX>\"") == true, "\(String(describing: error))")
    }

    @Test func anUnfinishedReplyIsUnreadableAtTheTimeout() throws {
        let (scale, fake) = try scale([.reply([Array("\n  1.2".utf8)])])
        defer { fake.stop() }

        #expect(throws: ScaleError.unreadableReply(path: fake.device.path, reply: Array("\n  1.2".utf8))) {
            try scale.weigh(timeoutMilliseconds: 100)
        }
    }

    @Test func staleBytesAreClearedBeforeEachRequest() throws {
        // Given a scale that was weighed once, then sent an unasked reply of 9.999 kg
        let (scale, fake) = try scale([.reply([Self.stable]), .reply([Array("\n  0.250kg\r\nS00\r\u{03}".utf8)])])
        defer { fake.stop() }
        #expect(try scale.weigh(timeoutMilliseconds: 1_000) == 1_234)
        try fake.device.send(Array("\n  9.999kg\r\nS00\r\u{03}".utf8))
        usleep(20_000)

        // When it is weighed again; Then the answer to this request counts, not the stale one
        #expect(try scale.weigh(timeoutMilliseconds: 1_000) == 250)
    }

    @Test func aScaleUnpluggedDuringTheRequestIsDisconnected() throws {
        // Given a scale that is unplugged when asked
        let (scale, fake) = try scale([.unplug])
        defer { fake.stop() }

        // When weighed; Then it is reported gone, well before the timeout
        let started = ContinuousClock.now
        #expect(throws: ScaleError.disconnected(path: fake.device.path)) {
            try scale.weigh(timeoutMilliseconds: 2_000)
        }
        #expect(ContinuousClock.now - started < .milliseconds(1_500))

        // And the next weighing finds no scale there
        #expect(throws: ScaleError.absent(path: fake.device.path)) { try scale.weigh(timeoutMilliseconds: 100) }
    }

    @Test func anAbsentScaleIsReported() {
        let scale = SerialScale(path: "/dev/ttyUSB-till-missing")
        let error = #expect(throws: ScaleError.self) { try scale.weigh(timeoutMilliseconds: 100) }
        #expect(error == .absent(path: "/dev/ttyUSB-till-missing"))
        #expect(error?.description == "No scale at /dev/ttyUSB-till-missing: plug it in and switch it on, "
            + "or check the configured path.")
    }

    @Test func aPathThatIsNoSerialPortIsUnusable() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/not-a-tty"
        try directory.create(path, contents: [])
        let scale = SerialScale(path: path)

        let error = #expect(throws: ScaleError.self) { try scale.weigh(timeoutMilliseconds: 100) }
        guard case .unusable(let reported, let reason)? = error else {
            Issue.record("expected unusable, got \(String(describing: error))")
            return
        }
        #expect(reported == path)
        #expect(reason.hasPrefix("it is not a serial port"))
    }

    @Test func openingFailuresBecomeTheScaleErrorsACashierCanActOn() {
        #expect(ScaleError(serialLine: .cannotOpen(Errno(code: EACCES)), path: "/dev/ttyUSB0")
            == .permissionDenied(path: "/dev/ttyUSB0"))
        #expect(ScaleError(serialLine: .cannotOpen(Errno(code: ENOENT)), path: "/dev/ttyUSB0")
            == .absent(path: "/dev/ttyUSB0"))
        #expect(ScaleError(serialLine: .unsupportedBaud(14400), path: "/dev/ttyUSB0")
            == .unusable(path: "/dev/ttyUSB0", reason: "14400 baud cannot be set: use one of 1200, 2400, 4800, "
                + "9600, 19200, 38400, 57600, 115200, 230400"))
    }

    @Test func theSimulatedScaleAnswersFromItsScript() throws {
        let scale = SimulatedScale(readings: [.failure(.inMotion), .success(500)])
        #expect(throws: ScaleError.inMotion) { try scale.weigh(timeoutMilliseconds: 100) }
        #expect(try scale.weigh(timeoutMilliseconds: 100) == 500)
        #expect(try scale.weigh(timeoutMilliseconds: 100) == 500)
        #expect(scale.requests == 3)
    }
}
