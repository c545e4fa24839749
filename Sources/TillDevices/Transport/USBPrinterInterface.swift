import CLibUSB

/// The interface of a USB device that takes print data, with its bulk endpoints read from the
/// configuration descriptor: printers use 0x01/0x82, 0x02/0x81, 0x03/0x84… and hard-coding one pair
/// is a classic driver bug.
struct USBPrinterInterface: Equatable {
    /// bInterfaceNumber, for claiming.
    var number: UInt8
    /// bAlternateSetting, selected after claiming when it is not 0.
    var alternateSetting: UInt8
    /// Whether the interface says it is a printer (class 7) rather than vendor-specific.
    var isPrinterClass: Bool
    /// The bulk OUT endpoint the print data goes to.
    var outEndpoint: UInt8
    /// The bulk IN endpoint status comes back on; `nil` for one-way printers.
    var inEndpoint: UInt8?
    /// The IN endpoint's packet size: a read must take a whole packet or libusb reports an overflow.
    var inPacketSize: Int

    /// USB's printer interface class.
    static let printerClass: UInt8 = 7

    /// The device `match` names, referenced (the caller unrefs it), with its print interface.
    static func find(
        _ match: USBPrinterMatch, in context: OpaquePointer, address: String
    ) throws(PrinterError) -> (device: OpaquePointer, interface: USBPrinterInterface) {
        let candidate: (device: OpaquePointer, picked: [USBPrinterInterface])?
        do throws(LibUSBError) {
            candidate = try USBDeviceList.first(in: context) { device -> [USBPrinterInterface]? in
                switch match {
                case .firstPrinter:
                    let printers = printableInterfaces(of: device).filter(\.isPrinterClass)
                    return printers.isEmpty ? nil : printers
                case .device(let vendor, let product):
                    let wanted = USBDeviceID(vendor: vendor, product: product)
                    return USBDeviceList.id(of: device) == wanted ? printableInterfaces(of: device) : nil
                }
            }
        } catch {
            throw PrinterError(libusbCode: error.code, address: address)
        }
        guard let candidate else {
            let missing = match == .firstPrinter ? "no USB printer is connected" : "no USB device \(match) is connected"
            throw .unreachable(address: address, reason: missing)
        }
        let interfaces = candidate.picked
        guard let chosen = interfaces.first(where: \.isPrinterClass) ?? interfaces.first else {
            libusb_unref_device(candidate.device)
            throw .notAPrinter(address: address, reason: "it has no bulk OUT endpoint to send print data to")
        }
        return (candidate.device, chosen)
    }

    /// Every interface setting of the device that has a bulk OUT endpoint.
    private static func printableInterfaces(of device: OpaquePointer) -> [USBPrinterInterface] {
        USBDeviceList.interfaceSettings(of: device, USBPrinterInterface.init)
    }

    /// The interface setting's first bulk OUT and bulk IN endpoints, or `nil` without a bulk OUT.
    private init?(_ setting: libusb_interface_descriptor) {
        let endpoints = UnsafeBufferPointer(start: setting.endpoint, count: Int(setting.bNumEndpoints))
        let bulk = endpoints.filter { $0.bmAttributes & 0x03 == UInt8(LIBUSB_TRANSFER_TYPE_BULK.rawValue) }
        let isIn = { (endpoint: libusb_endpoint_descriptor) in endpoint.bEndpointAddress & 0x80 != 0 }
        guard let out = bulk.first(where: { !isIn($0) }) else { return nil }
        let input = bulk.first(where: isIn)
        number = setting.bInterfaceNumber
        alternateSetting = setting.bAlternateSetting
        isPrinterClass = setting.bInterfaceClass == Self.printerClass
        outEndpoint = out.bEndpointAddress
        inEndpoint = input?.bEndpointAddress
        inPacketSize = Int(input?.wMaxPacketSize ?? 64)
    }
}
