import Testing
import TillDevices

@Suite struct ScaleReplyTests {
    /// A whole NCI reply: LF, the weight line if any, the status line, CR, ETX.
    static func reply(_ weight: String?, status: String = "00") -> [UInt8] {
        [0x0A] + (weight.map { Array($0.utf8) + [0x0D, 0x0A] } ?? []) + Array("S\(status)".utf8) + [0x0D, 0x03]
    }

    @Test(arguments: [
        ("  1.234kg", 1_234 as Int64),
        ("1.234KG", 1_234),
        ("0.500 lb", 227),     // 226.796185 g
        ("1.00LB", 454),       // 453.59237 g
        ("2 lbs", 907),        // 907.18474 g
        ("250 g", 250),
        (" 1250g ", 1_250),
        ("12.5 oz", 354),      // 354.369 g
        ("0.0005kg", 1),       // half a gram rounds up
        ("0.0004kg", 0),
        ("1.2345 kg", 1_235),
        ("+ 0.750kg", 750),
    ])
    func weightsBecomeGramsRoundedHalfUp(field: String, grams: Int64) throws {
        let weight = try #require(ScaleWeight(parsing: Array(field.utf8)))
        #expect(weight.grams == grams)
    }

    @Test func aStableWeightIsSoldInGrams() throws {
        let reply = try #require(ScaleReply(parsing: Self.reply("  1.234kg")))
        #expect(reply.weight == ScaleWeight(digits: 1_234, decimals: 3, unit: .kilograms))
        #expect(reply.status == [])
        #expect(try reply.grams() == 1_234)
    }

    @Test func aPoundReplyIsConverted() throws {
        let reply = try #require(ScaleReply(parsing: Self.reply("0.500 lb")))
        #expect(try reply.grams() == 227)
    }

    @Test func moreThanTwoStatusBytesAreAccepted() throws {
        let reply = try #require(ScaleReply(parsing: Self.reply("  1.234kg", status: "000")))
        #expect(try reply.grams() == 1_234)
    }

    @Test(arguments: [
        // Status byte 1: bit 0 motion, bit 1 zero, bits 2 and 3 RAM and EEPROM errors.
        (reply("  1.234kg", status: "10"), ScaleError.inMotion),
        (reply(nil, status: "10"), .inMotion),
        (reply("  0.000kg", status: "20"), .atZero),
        (reply("  0.000kg", status: "00"), .atZero),
        (reply(nil, status: "20"), .atZero),
        // Status byte 2: bit 0 under capacity, bit 1 over capacity.
        (reply(nil, status: "01"), .underCapacity),
        (reply("-0.010kg", status: "00"), .underCapacity),
        (reply(nil, status: "02"), .overCapacity),
        (reply(" 99.999kg", status: "12"), .overCapacity),
        (reply(nil, status: "40"), .faulty(.ramError)),
        (reply("  1.234kg", status: "08"), .faulty(.calibrationError)),
        (reply(nil, status: "00"), .noWeight),
    ])
    func refusals(reply bytes: [UInt8], error: ScaleError) throws {
        let reply = try #require(ScaleReply(parsing: bytes))
        #expect(throws: error) { try reply.grams() }
    }

    @Test(arguments: [
        [0x0A, 0x3F, 0x0D, 0x03] as [UInt8],                          // "?": not understood
        Array("\n  1.234kg\r\nS00\r".utf8),                            // no ETX
        Array("  1.234kg\r\nS00\r\u{03}".utf8),                        // no LF first
        Array("\n  1.234kg\r\nS00\u{03}".utf8),                        // no CR before ETX
        Array("\n1.2.3kg\r\nS00\r\u{03}".utf8),                        // two points
        Array("\n1.234st\r\nS00\r\u{03}".utf8),                        // unknown unit
        Array("\n1.234\r\nS00\r\u{03}".utf8),                          // no unit
        Array("\nkg\r\nS00\r\u{03}".utf8),                             // no digits
        Array("\n12345678901kg\r\nS00\r\u{03}".utf8),                  // 11 digits
        Array("\n1.234 kg x\r\nS00\r\u{03}".utf8),                     // trailing text
        Array("\n  1.234kg\r\nS0\r\u{03}".utf8),                       // one status byte
        Array("\n  1.234kg\r\nX00\r\u{03}".utf8),                      // no S
        Array("\n  1.234kg\r\nS00000\r\u{03}".utf8),                   // five status bytes
    ])
    func unreadableRepliesAreRefused(bytes: [UInt8]) {
        #expect(ScaleReply(parsing: bytes) == nil)
    }

    @Test func refusalsTellTheCashierWhatToDo() {
        #expect(ScaleError.inMotion.description.contains("wait until the weight settles"))
        #expect(ScaleError.atZero.description.contains("put the item on the scale"))
        #expect(ScaleError.underCapacity.description.contains("zero the scale"))
        #expect(ScaleError.overCapacity.description.contains("too heavy"))
        #expect(ScaleError.faulty([.ramError, .calibrationError]).description
            .contains("(RAM error, calibration fault)"))
        #expect(ScaleError.noReply(path: "/dev/ttyUSB0", timeoutMilliseconds: 500).description
            == "The scale on /dev/ttyUSB0 did not answer within 500 ms: check that it is switched on and cabled, "
            + "and that it is set to the NCI protocol at the baud Till uses.")
        #expect(ScaleError.unreadableReply(path: "/dev/ttyUSB0", reply: Array("\n1.2x\r".utf8) + [0x03, 0xFF])
            .description.contains("answered \"<LF>1.2x<CR><ETX><ff>\""))
        #expect(ScaleError.unreadableReply(path: "/dev/ttyUSB0", reply: [0x0A, 0x3F, 0x0D, 0x03])
            .description.contains("did not understand the weight request"))
        #expect(ScaleError.permissionDenied(path: "/dev/ttyUSB0").description.contains("dialout group"))
        #expect(ScaleError.absent(path: "/dev/ttyUSB0").description.contains("plug it in"))
    }
}
