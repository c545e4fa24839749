import CLibUSB

/// The HID interface a USB scanner sends its reports through, read from the configuration
/// descriptor: which one it is, how it reports, and its interrupt IN endpoint.
struct USBScannerInterface: Equatable {
    /// bInterfaceNumber, for claiming.
    var number: UInt8
    /// bAlternateSetting, selected after claiming when it is not 0.
    var alternateSetting: UInt8
    /// Whether it is a boot keyboard (subclass 1, protocol 1), read as typed keys; other HID
    /// interfaces are read as HID POS scanners.
    var isBootKeyboard: Bool
    /// The interrupt IN endpoint reports arrive on.
    var inEndpoint: UInt8
    /// The endpoint's packet size: a read must take a whole packet or libusb reports an overflow.
    var packetSize: Int

    /// USB's HID interface class.
    static let hidClass: UInt8 = 3

    /// The device with `id`, referenced (the caller unrefs it), with its first HID interface that
    /// has an interrupt IN endpoint.
    static func find(
        _ id: USBDeviceID, in context: OpaquePointer
    ) throws(USBScannerError) -> (device: OpaquePointer, interface: USBScannerInterface) {
        let candidate: (device: OpaquePointer, picked: [USBScannerInterface])?
        do throws(LibUSBError) {
            candidate = try USBDeviceList.first(in: context) { device in
                USBDeviceList.id(of: device) == id ? USBDeviceList.interfaceSettings(of: device, Self.init) : nil
            }
        } catch {
            throw USBScannerError(libusbCode: error.code, device: id)
        }
        guard let candidate else { throw .notConnected(id) }
        guard let interface = candidate.picked.first else {
            libusb_unref_device(candidate.device)
            throw .notAScanner(id, reason: "it has no HID interface with an interrupt IN endpoint")
        }
        return (candidate.device, interface)
    }

    /// The setting's first interrupt IN endpoint, or `nil` when it is not HID or has none.
    private init?(_ setting: libusb_interface_descriptor) {
        guard setting.bInterfaceClass == Self.hidClass else { return nil }
        let endpoints = UnsafeBufferPointer(start: setting.endpoint, count: Int(setting.bNumEndpoints))
        let interrupt = UInt8(LIBUSB_TRANSFER_TYPE_INTERRUPT.rawValue)
        guard let input = endpoints.first(where: { $0.bmAttributes & 0x03 == interrupt && $0.bEndpointAddress & 0x80 != 0 })
        else { return nil }
        number = setting.bInterfaceNumber
        alternateSetting = setting.bAlternateSetting
        isBootKeyboard = setting.bInterfaceSubClass == 1 && setting.bInterfaceProtocol == 1
        inEndpoint = input.bEndpointAddress
        packetSize = max(Int(input.wMaxPacketSize & 0x7FF), 8)
    }
}
