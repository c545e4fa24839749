import Testing
import TillDevices

@Suite struct ScanFramerTests {
    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func byteByByteFramesLikeAllAtOnce() {
        // Given a stream of scans with CR LF, noise and a GS1 GS inside
        let stream = Self.bytes("4006381333931\r\n\u{0}\r]C1010400638133393\u{1D}10AB\r96385074\r")

        // When it is fed whole, and one byte at a time
        var whole = ScanFramer(terminator: .cr)
        var single = ScanFramer(terminator: .cr)
        let fed = whole.feed(stream)
        let trickled = stream.flatMap { single.feed([$0]) }

        // Then both give the same three scans
        let expected: [ScanFramer.Event] = [.scan(Self.bytes("4006381333931")),
                                            .scan(Self.bytes("]C1010400638133393\u{1D}10AB")),
                                            .scan(Self.bytes("96385074"))]
        #expect(fed == expected)
        #expect(trickled == expected)
    }

    @Test func aScanWaitsForItsTerminator() {
        var framer = ScanFramer(terminator: .lf)
        #expect(framer.feed(Self.bytes("40063813")).isEmpty)
        #expect(framer.feed(Self.bytes("33931\r")).isEmpty)
        #expect(framer.feed(Self.bytes("\n")) == [.scan(Self.bytes("4006381333931"))])
    }

    @Test(arguments: [ScanTerminator.lf, .crlf, .tab])
    func aLoneCRIsDataUnlessItIsTheTerminator(terminator: ScanTerminator) {
        var framer = ScanFramer(terminator: terminator)
        let end = terminator == .tab ? "\t" : "\r\n"
        #expect(framer.feed(Self.bytes("A\rB" + end)) == [.scan(Self.bytes("A\rB"))])
    }

    @Test func crLFLeavesNoEmptyScanWithACRTerminator() {
        var framer = ScanFramer(terminator: .cr)
        #expect(framer.feed(Self.bytes("123\r")) == [.scan(Self.bytes("123"))])
        #expect(framer.feed(Self.bytes("\n456\r\n")) == [.scan(Self.bytes("456"))])
    }

    @Test func controlOnlyFramesAreDroppedAndControlsKeptInside() {
        var framer = ScanFramer(terminator: .cr)
        // STX/ETX framing and a DEL are trimmed; a lone GS is no scan; RS and EOT stay inside.
        let envelope = Self.bytes("[)>\u{1E}06\u{1D}1PABC\u{1E}\u{04}")
        let events = framer.feed([0x02] + envelope + [0x03, 0x0D, 0x1D, 0x0D, 0x7F, 0x0D])
        #expect(events == [.scan(envelope)])
    }

    @Test func aRunawayFrameIsDroppedUpToTheNextTerminator() {
        var framer = ScanFramer(terminator: .cr, maximumLength: 8)
        #expect(framer.feed(Self.bytes("12345678")).isEmpty)
        #expect(framer.feed(Self.bytes("9ABCDEF")) == [.overflow(dropped: 9)])
        #expect(framer.feed(Self.bytes("GHIJ\r12345678\r")) == [.resynchronized, .scan(Self.bytes("12345678"))])
    }
}
