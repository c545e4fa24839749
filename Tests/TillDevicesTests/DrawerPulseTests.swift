import Testing
import TillDevices

@Suite struct DrawerPulseTests {
    @Test func safeDefaultOnPinTwo() throws {
        let pulse = try DrawerPulse(pin: 2, onMilliseconds: 50, offMilliseconds: 250)

        #expect(pulse.bytes == [0x1B, 0x70, 0x00, 0x19, 0x7D])
    }

    /// The bytes the umockdev printer received in hardware.md §3.2: 50 ms on, 500 ms off.
    @Test func matchesTheUmockdevCapture() throws {
        let pulse = try DrawerPulse(pin: 2, onMilliseconds: 50, offMilliseconds: 500)

        #expect(pulse.bytes == [0x1B, 0x70, 0x00, 0x19, 0xFA])
    }

    @Test func pinFiveSelectsTheSecondDrawer() throws {
        let pulse = try DrawerPulse(pin: 5, onMilliseconds: 20, offMilliseconds: 100)

        #expect(pulse.bytes == [0x1B, 0x70, 0x01, 0x0A, 0x32])
    }

    @Test func exactlyTwentyPercentIsAllowed() throws {
        let pulse = try DrawerPulse(pin: 2, onMilliseconds: 100, offMilliseconds: 400)

        #expect(pulse.bytes == [0x1B, 0x70, 0x00, 0x32, 0xC8])
    }

    @Test func extremesOfTheByteRange() throws {
        #expect(try DrawerPulse(pin: 2, onMilliseconds: 2, offMilliseconds: 510).bytes
                == [0x1B, 0x70, 0x00, 0x01, 0xFF])
    }

    /// python-escpos's `cashdraw(2)` default, `1b 70 00 32 32` (hardware.md §1.3): 50 % duty.
    @Test func refusesPythonEscposDefault() {
        #expect(throws: DeviceError.drawerDutyCycleTooHigh(onMilliseconds: 100, offMilliseconds: 100)) {
            try DrawerPulse(pin: 2, onMilliseconds: 100, offMilliseconds: 100)
        }
    }

    /// escpos-php's default, 120 ms on / 240 ms off (`1b 70 30 3c 78`): 33 % duty.
    @Test func refusesEscposPhpDefault() {
        #expect(throws: DeviceError.drawerDutyCycleTooHigh(onMilliseconds: 120, offMilliseconds: 240)) {
            try DrawerPulse(pin: 2, onMilliseconds: 120, offMilliseconds: 240)
        }
    }

    @Test(arguments: [0, 1, 3, 4, 6])
    func refusesPinsOtherThanTwoAndFive(pin: Int) {
        #expect(throws: DeviceError.unknownDrawerPin(pin)) {
            try DrawerPulse(pin: pin, onMilliseconds: 50, offMilliseconds: 250)
        }
    }

    @Test(arguments: [0, -2, 51, 512])
    func refusesTimesTheCommandCannotCarry(milliseconds: Int) {
        #expect(throws: DeviceError.drawerTimeOutOfRange(milliseconds: milliseconds)) {
            try DrawerPulse(pin: 2, onMilliseconds: milliseconds, offMilliseconds: 500)
        }
        #expect(throws: DeviceError.drawerTimeOutOfRange(milliseconds: milliseconds)) {
            try DrawerPulse(pin: 2, onMilliseconds: 2, offMilliseconds: milliseconds)
        }
    }

    @Test func dutyErrorSaysWhatIsSafe() {
        let message = DeviceError.drawerDutyCycleTooHigh(onMilliseconds: 100, offMilliseconds: 100).description

        #expect(message.contains("20 %"))
        #expect(message.contains("at most 24 ms"))
        #expect(message.contains("at least 400 ms"))
        #expect(message.contains("50 ms on and 250 ms off"))
    }

    @Test func dutyErrorSkipsImpossibleFixes() {
        let message = DeviceError.drawerDutyCycleTooHigh(onMilliseconds: 200, offMilliseconds: 4).description

        #expect(!message.contains("at most"))
        #expect(!message.contains("at least"))
        #expect(message.contains("50 ms on and 250 ms off"))
    }

    @Test func otherErrorsNameTheAcceptedValues() {
        #expect(DeviceError.unknownDrawerPin(3).description.contains("2 (drawer 1) or 5 (drawer 2)"))
        #expect(DeviceError.drawerTimeOutOfRange(milliseconds: 51).description.contains("from 2 to 510"))
    }
}
