import Glibc

/// A serial line or CDC-ACM port opened raw, the one set-up shared by serial printers, scanners and
/// scales: bytes pass both ways untouched (no CR/LF translation, no echo, no signals).
enum SerialLine {
    /// Opens `path` read-write, non-blocking and without becoming its controlling terminal, and sets
    /// the line up; the descriptor is closed again if the set-up fails.
    static func open(_ path: String, settings: SerialSettings) throws(SerialLineError) -> Int32 {
        let descriptor: Int32
        do throws(Errno) {
            descriptor = try DeviceFile.open(path, flags: O_RDWR | O_NOCTTY)
        } catch {
            throw .cannotOpen(error)
        }
        do throws(SerialLineError) {
            try configure(descriptor, settings: settings)
            return descriptor
        } catch {
            Glibc.close(descriptor)
            throw error
        }
    }

    /// Puts the line in raw mode with the settings' speed, character format and flow control; reads
    /// return at once (VMIN and VTIME 0), so every wait goes through poll with a timeout.
    static func configure(_ descriptor: Int32, settings: SerialSettings) throws(SerialLineError) {
        guard let speed = speeds[settings.baud] else { throw .unsupportedBaud(settings.baud) }
        var options = termios()
        guard tcgetattr(descriptor, &options) == 0 else { throw .notASerialPort(Errno(code: errno)) }
        options = raw(options, settings: settings, speed: speed)
        guard tcsetattr(descriptor, TCSANOW, &options) == 0 else { throw .cannotConfigure(Errno(code: errno)) }
    }

    /// `options` made raw with the settings' speed, character format and flow control. Apart from
    /// `configure` because a pseudo-terminal forces 8N1, so tests check the character format here.
    static func raw(_ options: termios, settings: SerialSettings, speed: speed_t) -> termios {
        var options = options
        cfmakeraw(&options)
        cfsetispeed(&options, speed)
        cfsetospeed(&options, speed)
        options.c_cflag &= ~(tcflag_t(CSIZE | CSTOPB | PARENB | PARODD) | tcflag_t(CRTSCTS))
        options.c_cflag |= tcflag_t(CLOCAL | CREAD)
        switch settings.framing {
        case .eightNoneOne: options.c_cflag |= tcflag_t(CS8)
        case .sevenEvenOne: options.c_cflag |= tcflag_t(CS7 | PARENB)
        case .sevenOddOne: options.c_cflag |= tcflag_t(CS7 | PARENB | PARODD)
        }
        if settings.flowControl == .rtsCts { options.c_cflag |= tcflag_t(CRTSCTS) }
        withUnsafeMutableBytes(of: &options.c_cc) { controls in
            controls[Int(VMIN)] = 0
            controls[Int(VTIME)] = 0
        }
        return options
    }

    /// termios speed constants by baud rate.
    static let speeds: [Int: speed_t] = [
        1200: speed_t(B1200), 2400: speed_t(B2400), 4800: speed_t(B4800), 9600: speed_t(B9600),
        19200: speed_t(B19200), 38400: speed_t(B38400), 57600: speed_t(B57600),
        115200: speed_t(B115200), 230400: speed_t(B230400),
    ]
}

/// Why a serial line could not be opened or set up, before a printer, scanner or scale says what
/// that means for the person at the till.
enum SerialLineError: Error, Equatable {
    /// open(2) failed: nothing at the path, no permission, another program holds it.
    case cannotOpen(Errno)
    /// The path opened but is no terminal (tcgetattr failed): a plain file or another kind of device.
    case notASerialPort(Errno)
    /// termios has no constant for this speed.
    case unsupportedBaud(Int)
    /// The port refused the settings (tcsetattr failed).
    case cannotConfigure(Errno)
}
