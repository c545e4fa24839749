import Testing
import TillDevices

@Suite struct USBContextTests {
    @Test func reportsLibusbOnePointZero() throws {
        let version = try #require(USBContext.libraryVersion())

        #expect(version.hasPrefix("1.0."))
        let micro = version.dropFirst(4).prefix { $0.isNumber }
        #expect(!micro.isEmpty)
    }
}
