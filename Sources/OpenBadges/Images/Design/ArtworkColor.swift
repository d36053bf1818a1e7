/// An opaque sRGB colour with 8-bit channels, as the artwork's palette holds them.
struct ArtworkColor: Sendable, Hashable {
    let red: UInt8
    let green: UInt8
    let blue: UInt8

    init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// The colour of HSL coordinates: `hue` in degrees (any integer, taken modulo 360), `saturation` and
    /// `lightness` in percent (clamped to 0...100).
    ///
    /// Only the four basic operations are used, which IEEE 754 rounds the same way everywhere, so the same
    /// achievement gets the same colours on every machine.
    init(hue: Int, saturation: Int, lightness: Int) {
        let h = Double(((hue % 360) + 360) % 360) / 60
        let s = Double(min(100, max(0, saturation))) / 100
        let l = Double(min(100, max(0, lightness))) / 100
        let chroma = (1 - abs(2 * l - 1)) * s
        let sector = Int(h)  // 0...5
        let withinPair = h - Double(sector / 2 * 2)  // position within the pair of sectors, 0..<2
        let second = chroma * (1 - abs(withinPair - 1))
        let (r, g, b): (Double, Double, Double)
        switch sector {
        case 0: (r, g, b) = (chroma, second, 0)
        case 1: (r, g, b) = (second, chroma, 0)
        case 2: (r, g, b) = (0, chroma, second)
        case 3: (r, g, b) = (0, second, chroma)
        case 4: (r, g, b) = (second, 0, chroma)
        default: (r, g, b) = (chroma, 0, second)
        }
        let m = l - chroma / 2
        func channel(_ value: Double) -> UInt8 { UInt8(min(255, max(0, ArtworkMath.nearest((value + m) * 255)))) }
        self.init(red: channel(r), green: channel(g), blue: channel(b))
    }

    /// `#rrggbb`, lower case.
    var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = [UInt8(ascii: "#")]
        for channel in [red, green, blue] {
            bytes.append(digits[Int(channel >> 4)])
            bytes.append(digits[Int(channel & 0x0F)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static let white = ArtworkColor(red: 255, green: 255, blue: 255)
}

/// A non-premultiplied RGBA colour, as a PNG palette entry or a raster pixel.
struct RGBA: Sendable, Hashable {
    let red: UInt8
    let green: UInt8
    let blue: UInt8
    let alpha: UInt8

    static let transparent = RGBA(red: 0, green: 0, blue: 0, alpha: 0)
}
