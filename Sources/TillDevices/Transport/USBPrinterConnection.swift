import CLibUSB

/// An opened USB printer with its print interface claimed; letting go of it releases the interface
/// (which re-attaches usblp, so `/dev/usb/lp0` comes back) and closes the handle.
final class USBPrinterConnection {
    /// The libusb device handle.
    let handle: OpaquePointer
    /// Where print data goes and status comes from.
    let interface: USBPrinterInterface

    /// Finds, opens and claims the printer. With `detachingKernelDriver`, libusb detaches usblp on
    /// claim; without it a printer usblp holds fails with `.busy`.
    init(match: USBPrinterMatch, detachingKernelDriver: Bool, address: String) throws(PrinterError) {
        let context = try USBContext.session(for: address)
        let (device, interface) = try USBPrinterInterface.find(match, in: context, address: address)
        defer { libusb_unref_device(device) }

        var opened: OpaquePointer?
        let openCode = libusb_open(device, &opened)
        guard openCode == 0, let opened else { throw PrinterError(libusbCode: openCode, address: address) }
        if detachingKernelDriver {
            libusb_set_auto_detach_kernel_driver(opened, 1)
        }
        var code = libusb_claim_interface(opened, Int32(interface.number))
        if code == 0, interface.alternateSetting != 0 {
            code = libusb_set_interface_alt_setting(opened, Int32(interface.number), Int32(interface.alternateSetting))
            if code != 0 { libusb_release_interface(opened, Int32(interface.number)) }
        }
        guard code == 0 else {
            libusb_close(opened)
            throw PrinterError(libusbCode: code, address: address)
        }
        handle = opened
        self.interface = interface
    }

    deinit {
        libusb_release_interface(handle, Int32(interface.number))
        libusb_close(handle)
    }

    /// One bulk transfer; returns libusb's result and how many bytes moved, which can be more than
    /// zero even when the transfer timed out.
    func bulkTransfer(
        endpoint: UInt8, _ buffer: UnsafeMutableBufferPointer<UInt8>, timeoutMilliseconds: Int
    ) -> (code: Int32, transferred: Int) {
        var transferred: Int32 = 0
        // libusb reads a timeout of 0 as "wait forever", which a till must never do.
        let timeout = UInt32(clamping: max(1, timeoutMilliseconds))
        let length = Int32(clamping: buffer.count)
        let code = libusb_bulk_transfer(handle, endpoint, buffer.baseAddress, length, &transferred, timeout)
        return (code, Int(transferred))
    }
}
