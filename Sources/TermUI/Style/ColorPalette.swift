/// The xterm palette and nearest-colour search that ``Color/mapped(to:)`` relies on.
enum ColorPalette {
    /// The xterm defaults for the 16 ANSI colours.
    static let ansi: [(UInt8, UInt8, UInt8)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
        (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
        (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    /// The six channel levels of the xterm 6×6×6 colour cube.
    static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

    /// The colour xterm shows for palette entry `index`.
    static func xtermRGB(_ index: UInt8) -> (UInt8, UInt8, UInt8) {
        switch index {
        case 0..<16:
            return ansi[Int(index)]
        case 16..<232:
            let cube = Int(index) - 16
            return (
                UInt8(cubeLevels[cube / 36]), UInt8(cubeLevels[(cube / 6) % 6]), UInt8(cubeLevels[cube % 6])
            )
        default:
            let grey = UInt8(8 + 10 * (Int(index) - 232))
            return (grey, grey, grey)
        }
    }

    /// The nearest entry among the cube (16–231) and the grey ramp (232–255); the first 16 are left
    /// out because users reconfigure them.
    static func nearestXterm256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
        let ri = nearestLevel(Int(r))
        let gi = nearestLevel(Int(g))
        let bi = nearestLevel(Int(b))
        let cubeIndex = 16 + 36 * ri + 6 * gi + bi
        let cubeDistance = distance(
            (r, g, b), (UInt8(cubeLevels[ri]), UInt8(cubeLevels[gi]), UInt8(cubeLevels[bi])))
        let average = (Int(r) + Int(g) + Int(b)) / 3
        let greyStep = min(23, max(0, (average - 3) / 10))
        let grey = UInt8(8 + 10 * greyStep)
        let greyDistance = distance((r, g, b), (grey, grey, grey))
        return greyDistance < cubeDistance ? UInt8(232 + greyStep) : UInt8(cubeIndex)
    }

    /// The closest of the first `count` ANSI colours (8 or 16) by hue rather than by distance, as
    /// plain distance sends saturated colours to grey: a pale colour picks a grey by lightness, any
    /// other keeps each channel at least half as strong as the strongest, and on 16 colours a bright
    /// one takes the bright variant.
    static func nearestANSI(_ r: UInt8, _ g: UInt8, _ b: UInt8, count: Int) -> UInt8 {
        let channels = [Int(r), Int(g), Int(b)]
        let strongest = channels.max() ?? 0
        let weakest = channels.min() ?? 0
        if strongest - weakest < 48 {
            let lightness = channels.reduce(0, +) / 3
            if count < 16 { return lightness < 64 ? 0 : 7 }
            switch lightness {
            case ..<64: return 0
            case ..<160: return 8
            case ..<240: return 7
            default: return 15
            }
        }
        var index: UInt8 = 0
        for (bit, channel) in channels.enumerated() where channel * 2 >= strongest {
            index |= 1 << UInt8(bit)
        }
        return count >= 16 && strongest >= 230 ? index + 8 : index
    }

    private static func nearestLevel(_ channel: Int) -> Int {
        var best = 0
        for (index, level) in cubeLevels.enumerated() where abs(level - channel) < abs(cubeLevels[best] - channel) {
            best = index
        }
        return best
    }

    /// Squared distance weighted by how sensitive the eye is to each channel.
    private static func distance(_ a: (UInt8, UInt8, UInt8), _ b: (UInt8, UInt8, UInt8)) -> Int {
        let dr = Int(a.0) - Int(b.0)
        let dg = Int(a.1) - Int(b.1)
        let db = Int(a.2) - Int(b.2)
        return 2 * dr * dr + 4 * dg * dg + 3 * db * db
    }
}
