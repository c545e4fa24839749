import Testing
import TillDevices

/// Reading `DLE EOT` replies and automatic status back frames from one mixed byte stream.
@Suite struct EscPosStatusTests {
    @Test func replyIsReadAsTheAnswerToItsQuery() {
        // Given a paper sensor query
        var parser = PrinterStatusParser()
        #expect(parser.request(.paperSensor) == [0x10, 0x04, 0x04])

        // When the printer answers 0111 0010: paper end (bits 5 and 6)
        let updates = parser.consume([0x72])

        // Then the paper is out
        #expect(updates == [PrinterStatus(paperOut: true)])
        #expect(parser.status.summary == "out of paper")
    }

    @Test func repliesAnswerQueriesInOrder() {
        var parser = PrinterStatusParser()
        _ = parser.request(.printer)
        _ = parser.request(.offlineCause)

        // 0001 1110: offline, drawer pin high; then 0001 0110: cover open
        let updates = parser.consume([0x1E, 0x16])

        #expect(updates == [PrinterStatus(online: false, drawerSensorHigh: true),
                            PrinterStatus(online: false, coverOpen: true, drawerSensorHigh: true)])
        #expect(parser.status.summary == "cover open")
    }

    @Test func asbFramesAndRepliesInterleave() {
        // Given ASB enabled and a printer query in flight
        var parser = PrinterStatusParser()
        _ = parser.request(.printer)

        // When an ASB frame (cover open, offline; roll near end) arrives, then the reply (online),
        // then noise (XON), then a frame with everything clear
        let updates = parser.consume([0x38, 0x00, 0x03, 0x00, 0x12, 0x11, 0x10, 0x00, 0x00, 0x00])

        // Then three updates, in order
        #expect(updates == [PrinterStatus(online: false, coverOpen: true, paperNearEnd: true),
                            PrinterStatus(online: true, coverOpen: true, paperNearEnd: true),
                            PrinterStatus()])
    }

    @Test func frameSplitAcrossReadsIsJoined() {
        var parser = PrinterStatusParser()

        #expect(parser.consume([0x10, 0x00]).isEmpty)
        #expect(parser.consume([0x0F, 0x00]) == [PrinterStatus(paperNearEnd: true, paperOut: true)])
    }

    @Test func brokenFrameIsDroppedAndTheNextByteReadAfresh() {
        // Given a frame start, then a reply byte where the second frame byte should be
        var parser = PrinterStatusParser()
        _ = parser.request(.errorCause)

        let updates = parser.consume([0x10, 0x32, 0x10, 0x20, 0x00, 0x00])

        // Then the reply (0011 0010: bit 5, unrecoverable error) is read, and the next whole frame
        #expect(updates == [PrinterStatus(error: true), PrinterStatus(error: true)])
    }

    @Test func unaskedOrForgottenRepliesAreIgnored() {
        var parser = PrinterStatusParser()
        #expect(parser.consume([0x1E]).isEmpty)

        _ = parser.request(.printer)
        parser.forgetPendingQueries()

        #expect(parser.consume([0x1E]).isEmpty)
        #expect(parser.status == PrinterStatus())
    }

    @Test func summaries() {
        #expect(PrinterStatus().summary == "ready")
        #expect(PrinterStatus(online: false).summary == "offline")
        #expect(PrinterStatus(online: false, coverOpen: true, paperOut: true).summary == "out of paper; cover open")
        #expect(PrinterStatus(paperNearEnd: true).summary == "paper low")
        #expect(PrinterStatus(error: true).summary == "printer error")
        #expect(PrinterStatus(paperNearEnd: true).canPrint)
        #expect(!PrinterStatus(coverOpen: true).canPrint)
    }

    @Test func drawerPolarityIsTheCallersChoice() {
        let high = PrinterStatus(drawerSensorHigh: true)

        #expect(high.drawerOpen(whenHigh: true))
        #expect(!high.drawerOpen(whenHigh: false))
        #expect(PrinterStatus().drawerOpen(whenHigh: false))
    }
}
