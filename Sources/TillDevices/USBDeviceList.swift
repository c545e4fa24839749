import CLibUSB

/// The devices libusb sees, walked the same way by every USB driver (printers, scanners): the bus
/// for the first device a driver wants, a device's interface settings for the one it can use.
enum USBDeviceList {
    /// The first device `pick` makes something of, referenced (the caller unrefs it), with what
    /// `pick` made of it; `nil` when no device fits.
    static func first<Found>(
        in context: OpaquePointer, _ pick: (OpaquePointer) -> Found?
    ) throws(LibUSBError) -> (device: OpaquePointer, picked: Found)? {
        var list: UnsafeMutablePointer<OpaquePointer?>?
        let count = libusb_get_device_list(context, &list)
        guard count >= 0, let list else { throw LibUSBError(code: Int32(clamping: count)) }
        defer { libusb_free_device_list(list, 1) }

        for device in UnsafeBufferPointer(start: list, count: count).compactMap({ $0 }) {
            if let found = pick(device) { return (libusb_ref_device(device), found) }
        }
        return nil
    }

    /// The device's vendor and product ids, or `nil` when its descriptor cannot be read.
    static func id(of device: OpaquePointer) -> USBDeviceID? {
        var descriptor = libusb_device_descriptor()
        guard libusb_get_device_descriptor(device, &descriptor) == 0 else { return nil }
        return USBDeviceID(vendor: descriptor.idVendor, product: descriptor.idProduct)
    }

    /// What `read` makes of each interface setting of the active (else the first) configuration,
    /// in descriptor order, skipping the settings it returns `nil` for.
    static func interfaceSettings<Setting>(
        of device: OpaquePointer, _ read: (libusb_interface_descriptor) -> Setting?
    ) -> [Setting] {
        var config: UnsafeMutablePointer<libusb_config_descriptor>?
        if libusb_get_active_config_descriptor(device, &config) != 0 {
            guard libusb_get_config_descriptor(device, 0, &config) == 0 else { return [] }
        }
        guard let config else { return [] }
        defer { libusb_free_config_descriptor(config) }

        var found: [Setting] = []
        let interfaces = UnsafeBufferPointer(start: config.pointee.interface, count: Int(config.pointee.bNumInterfaces))
        for interface in interfaces {
            for setting in UnsafeBufferPointer(start: interface.altsetting, count: Int(interface.num_altsetting)) {
                if let value = read(setting) { found.append(value) }
            }
        }
        return found
    }
}
