import Glibc

/// A printer on a serial line or a CDC-ACM USB port (`/dev/ttyACM0`, the cheap "GP-58" kind): raw
/// termios at the configured baud, 8N1, optional RTS/CTS.
public final class SerialPrinterTransport: LinkedTransport {
    public let address: String
    let link: DescriptorLink

    /// Opens nothing yet; the first write opens `path` and sets the line up.
    public init(path: String, settings: SerialSettings = SerialSettings(), timeouts: PrinterTimeouts = .standard) {
        let address = PrinterAddress.serial(path: path, settings: settings).description
        self.address = address
        link = DescriptorLink(address: address, writeTimeoutMilliseconds: timeouts.writeMilliseconds) {
            () throws(PrinterError) in
            let descriptor = try DeviceFile.open(path, flags: O_RDWR | O_NOCTTY, address: address)
            do throws(PrinterError) {
                try SerialLine.configure(descriptor, settings: settings, address: address)
                return descriptor
            } catch {
                Glibc.close(descriptor)
                throw error
            }
        }
    }
}

/// termios for a printer: raw bytes both ways (no CR/LF translation, no echo, no signals).
enum SerialLine {
    /// Puts the line in raw 8N1 mode at the settings' speed.
    static func configure(_ descriptor: Int32, settings: SerialSettings, address: String) throws(PrinterError) {
        guard let speed = speeds[settings.baud] else {
            throw .invalidAddress(address, reason: "\(settings.baud) baud is not a serial speed Till can set")
        }
        var options = termios()
        guard tcgetattr(descriptor, &options) == 0 else {
            let reason = "it is not a serial port: " + PrinterError.systemMessage(errno)
            throw .notAPrinter(address: address, reason: reason)
        }
        cfmakeraw(&options)
        cfsetispeed(&options, speed)
        cfsetospeed(&options, speed)
        options.c_cflag &= ~(tcflag_t(CSIZE | CSTOPB | PARENB) | tcflag_t(CRTSCTS))
        options.c_cflag |= tcflag_t(CS8 | CLOCAL | CREAD)
        if settings.flowControl == .rtsCts { options.c_cflag |= tcflag_t(CRTSCTS) }
        withUnsafeMutableBytes(of: &options.c_cc) { controls in
            controls[Int(VMIN)] = 0
            controls[Int(VTIME)] = 0
        }
        guard tcsetattr(descriptor, TCSANOW, &options) == 0 else {
            throw PrinterError(openingErrno: errno, address: address)
        }
    }

    /// termios speed constants by baud rate.
    static let speeds: [Int: speed_t] = [
        1200: speed_t(B1200), 2400: speed_t(B2400), 4800: speed_t(B4800), 9600: speed_t(B9600),
        19200: speed_t(B19200), 38400: speed_t(B38400), 57600: speed_t(B57600),
        115200: speed_t(B115200), 230400: speed_t(B230400),
    ]
}
