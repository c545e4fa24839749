import CLibUSB

/// An opened USB scanner with its HID interface claimed (usbhid detached, so its keys stop
/// reaching the console); letting go of it releases the interface, which gives it back to usbhid.
final class USBScannerConnection {
    /// The libusb device handle.
    let handle: OpaquePointer
    /// Where the reports come from and how to read them.
    let interface: USBScannerInterface

    /// HID class request SET_PROTOCOL, to the interface (bmRequestType 0x21, bRequest 0x0B).
    static let setProtocolRequest: (type: UInt8, request: UInt8) = (0x21, 0x0B)

    /// Finds, opens and claims the scanner; a boot keyboard is switched to the boot protocol, whose
    /// 8-byte reports the decoder reads.
    init(device id: USBDeviceID) throws(USBScannerError) {
        let context: OpaquePointer
        do throws(LibUSBError) {
            context = try USBContext.session()
        } catch {
            throw .usbUnavailable(reason: error.message)
        }
        let (device, interface) = try USBScannerInterface.find(id, in: context)
        defer { libusb_unref_device(device) }

        var opened: OpaquePointer?
        let openCode = libusb_open(device, &opened)
        guard openCode == 0, let opened else { throw USBScannerError(libusbCode: openCode, device: id) }
        libusb_set_auto_detach_kernel_driver(opened, 1)
        let number = Int32(interface.number)
        var code = libusb_claim_interface(opened, number)
        if code == 0, interface.alternateSetting != 0 {
            code = libusb_set_interface_alt_setting(opened, number, Int32(interface.alternateSetting))
            if code != 0 { libusb_release_interface(opened, number) }
        }
        if code == 0, interface.isBootKeyboard {
            // A keyboard that refuses is left as it is: most send the boot layout in report protocol too.
            let (type, request) = Self.setProtocolRequest
            let answer = libusb_control_transfer(opened, type, request, 0, UInt16(interface.number), nil, 0, 1_000)
            if answer == LIBUSB_ERROR_NO_DEVICE.rawValue {
                libusb_release_interface(opened, number)
                code = answer
            }
        }
        guard code == 0 else {
            libusb_close(opened)
            throw USBScannerError(libusbCode: code, device: id)
        }
        handle = opened
        self.interface = interface
    }

    deinit {
        libusb_release_interface(handle, Int32(interface.number))
        libusb_close(handle)
    }

    /// Waits up to `timeoutMilliseconds` for one report; returns libusb's result and the report,
    /// which may be partial when the read timed out.
    func readReport(timeoutMilliseconds: Int) -> (code: Int32, report: [UInt8]) {
        var buffer = [UInt8](repeating: 0, count: interface.packetSize)
        var transferred: Int32 = 0
        // libusb reads a timeout of 0 as "wait forever", which would keep stop() from returning.
        let timeout = UInt32(clamping: max(1, timeoutMilliseconds))
        let code = buffer.withUnsafeMutableBufferPointer { buffer in
            libusb_interrupt_transfer(handle, interface.inEndpoint, buffer.baseAddress, Int32(buffer.count),
                                      &transferred, timeout)
        }
        return (code, Array(buffer.prefix(Int(transferred))))
    }
}
