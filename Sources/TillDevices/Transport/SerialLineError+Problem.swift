import Glibc

/// What stops a scanner or scale from using its serial port, grouped by what a person does about it;
/// printers word the same failures as `PrinterError`.
enum SerialPortProblem: Equatable {
    /// Nothing at the path: unplugged, switched off, or the wrong path.
    case absent
    /// The port exists but this user may not open it (not in the dialout group).
    case permissionDenied
    /// Anything else, as a lower-case reason with its fix, to sit inside a sentence.
    case unusable(String)
}

extension SerialLineError {
    var problem: SerialPortProblem {
        switch self {
        case .cannotOpen(let failure):
            switch failure.code {
            case ENOENT, ENODEV, ENXIO: .absent
            case EACCES, EPERM: .permissionDenied
            case EBUSY:
                .unusable("another program holds it (ModemManager, a serial console or another till): stop "
                    + "that program, or have ModemManager ignore the device with the udev rule from the README")
            default: .unusable("it cannot be opened (\(failure.message))")
            }
        case .notASerialPort(let failure):
            .unusable("it is not a serial port (\(failure.message)): set the path to the device's "
                + "/dev/ttyACM… or /dev/ttyUSB… port or its udev symlink")
        case .unsupportedBaud(let baud):
            .unusable("\(baud) baud cannot be set: use one of "
                + SerialSettings.supportedBauds.map(String.init).joined(separator: ", "))
        case .cannotConfigure(let failure):
            .unusable("it refused its line settings (\(failure.message)): check that it is a serial port")
        }
    }
}
