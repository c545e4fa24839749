/// QR codes drawn by the printer (`GS ( k`, model 2), checked against what a QR code can hold so an
/// over-long payload is refused here rather than silently not printed.
extension EscPosWriter {
    /// Model 2, module size, error correction, store the data, print it: centred.
    ///
    /// On a printer without the command the data prints as a centred line of text instead, so the
    /// receipt still carries it.
    mutating func qrCode(_ data: String, moduleSize: Int, correction: QRCorrection) throws(EscPosError) {
        guard (1...16).contains(moduleSize) else { throw .qrModuleSizeOutOfRange(moduleSize) }
        let capacity = QRCapacity(data, correction: correction)
        guard capacity.count <= capacity.maximum else {
            throw .qrDataTooLong(count: capacity.count, maximum: capacity.maximum, kind: capacity.kind)
        }
        guard profile.nativeQRCode else {
            line(data, style: .plain, alignment: .center)
            return
        }
        align(.center)
        qrFunction(0x41, [0x32, 0])
        qrFunction(0x43, [UInt8(moduleSize)])
        qrFunction(0x45, [0x30 + UInt8(correction.level)])
        qrFunction(0x50, [0x30] + Array(data.utf8))
        qrFunction(0x51, [0x30])
    }

    /// `GS ( k pL pH cn fn parameters`, with cn = 49 (QR) and pL pH counting cn, fn and parameters.
    private mutating func qrFunction(_ function: UInt8, _ parameters: [UInt8]) {
        let count = parameters.count + 2
        append([Self.groupSeparator, 0x28, 0x6B, UInt8(count & 0xFF), UInt8(count >> 8), 0x31, function] + parameters)
    }
}

extension QRCorrection {
    /// 0 for L up to 3 for H: the order of `GS ( k` function 69's level byte ('0'–'3') and of the
    /// capacity tables.
    fileprivate var level: Int {
        switch self {
        case .low: 0
        case .medium: 1
        case .quartile: 2
        case .high: 3
        }
    }
}

/// How much of what kind a QR code (version 40) holds at one error correction level: digits pack
/// densest, then digits with capitals and ` $%*+-./:`, then bytes (UTF-8).
private struct QRCapacity {
    let count: Int
    let maximum: Int
    let kind: String

    init(_ data: String, correction: QRCorrection) {
        let alphanumeric = Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:".utf8)
        let bytes = Array(data.utf8)
        let level = correction.level
        if bytes.allSatisfy({ (0x30...0x39).contains($0) }) {
            (count, maximum, kind) = (bytes.count, [7089, 5596, 3993, 3057][level], "digits")
        } else if bytes.allSatisfy(alphanumeric.contains) {
            (count, maximum, kind) = (bytes.count, [4296, 3391, 2420, 1852][level], "characters")
        } else {
            (count, maximum, kind) = (bytes.count, [2953, 2331, 1663, 1273][level], "bytes")
        }
    }
}
