/// What a test printer would have put on paper, decoded roughly from ESC/POS: enough to see that
/// a job's lines, cut and drawer pulse arrived, and in which order, without a second encoder.
struct PrintedReceipt: Equatable {
    /// Text lines, each ended by a line feed.
    var lines: [String] = []
    /// Cuts seen (`GS V`, `ESC i`, `ESC m`).
    var cuts = 0
    /// Drawer pulses seen (`ESC p`, `DLE DC4 1`).
    var drawerPulses = 0

    init(lines: [String] = [], cuts: Int = 0, drawerPulses: Int = 0) {
        self.lines = lines
        self.cuts = cuts
        self.drawerPulses = drawerPulses
    }

    /// Decodes a byte stream, skipping commands by their length and keeping the text.
    init(decoding bytes: some Collection<UInt8>) {
        let bytes = Array(bytes)
        var text: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            switch (byte, next) {
            case (0x1B, 0x40), (0x1B, 0x32):
                index += 2
            case (0x1B, 0x69), (0x1B, 0x6D):
                cuts += 1
                index += 2
            case (0x1B, 0x70):
                drawerPulses += 1
                index += 5
            case (0x1D, 0x56):
                cuts += 1
                let mode = index + 2 < bytes.count ? bytes[index + 2] : 0
                index += mode == 65 || mode == 66 ? 4 : 3
            case (0x10, 0x14):
                drawerPulses += 1
                index += 5
            case (0x1B, _), (0x1D, _), (0x10, _):
                index += 3
            case (0x0A, _):
                lines.append(String(decoding: text, as: UTF8.self))
                text = []
                index += 1
            default:
                if byte >= 0x20 { text.append(byte) }
                index += 1
            }
        }
    }
}
