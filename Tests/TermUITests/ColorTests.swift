import Testing
import TermUI

@Suite struct ColorTests {
    @Test("theme colour text parses names, indexes and hex")
    func parsing() {
        #expect(Color("red") == .indexed(1))
        #expect(Color("bright-blue") == .indexed(12))
        #expect(Color("light-green") == .indexed(10))
        #expect(Color("gray") == .indexed(8))
        #expect(Color("208") == .indexed(208))
        #expect(Color("#FFcc00") == .rgb(255, 204, 0))
        #expect(Color("default") == .default)
        #expect(Color("#ffcc0") == nil)
        #expect(Color("256") == nil)
        #expect(Color("purple") == nil)
        #expect(Color.rgb(255, 204, 0).description == "#ffcc00")
    }

    @Test("hex maps to the nearest xterm-256 cube colour or grey")
    func nearest256() {
        #expect(Color("#ff0000")?.mapped(to: .xterm256) == .indexed(196))
        #expect(Color("#5fafff")?.mapped(to: .xterm256) == .indexed(75))
        #expect(Color("#ffaf00")?.mapped(to: .xterm256) == .indexed(214))
        #expect(Color("#808080")?.mapped(to: .xterm256) == .indexed(244))
        #expect(Color("#000000")?.mapped(to: .xterm256) == .indexed(16))
        #expect(Color("#eeeeee")?.mapped(to: .xterm256) == .indexed(255))
        #expect(Color.indexed(123).mapped(to: .xterm256) == .indexed(123))
    }

    @Test("hex and high indexes map to the nearest ANSI colour on 16 and 8 colours")
    func nearestANSI() {
        #expect(Color("#ffaf00")?.mapped(to: .ansi8) == .yellow)
        #expect(Color("#ff5f5f")?.mapped(to: .ansi16) == .indexed(9))
        #expect(Color("#ff5f5f")?.mapped(to: .ansi8) == .red)
        #expect(Color("#d0d0d0")?.mapped(to: .ansi8) == .white)
        #expect(Color("#1c1c1c")?.mapped(to: .ansi16) == .black)
        #expect(Color.indexed(196).mapped(to: .ansi8) == .red)
        #expect(Color.indexed(12).mapped(to: .ansi8) == .blue)
        #expect(Color.indexed(12).mapped(to: .ansi16) == .indexed(12))
    }

    @Test("a monochrome terminal drops every colour")
    func mono() {
        #expect(Color.red.mapped(to: .mono) == .default)
        #expect(Color.rgb(1, 2, 3).mapped(to: .mono) == .default)
        #expect(ColorCapability(colorCount: 256) == .xterm256)
        #expect(ColorCapability(colorCount: 88) == .ansi16)
        #expect(ColorCapability(colorCount: 8) == .ansi8)
        #expect(ColorCapability(colorCount: 2) == .mono)
    }
}
