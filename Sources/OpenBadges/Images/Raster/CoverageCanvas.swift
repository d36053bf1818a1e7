/// The raster the emblem is painted on: for each pixel, a base colour and optionally one colour laid over
/// it at a coverage of 1/16 to 15/16 (the anti-aliased edge of the layer above).
///
/// Keeping "which colours, how much" instead of blended RGBA means the finished image has few distinct
/// pixels, one per (base, over, coverage) that occurs, typically a hundred or two. They become a PNG
/// palette: one byte per pixel instead of four, and a fraction of the compressed size. Where two edges
/// fall within one pixel, the colour already there is reduced to its dominant part first; the difference
/// is invisible at that scale.
struct CoverageCanvas {
    let width: Int
    let height: Int
    /// Palette colours, including 0 (transparent).
    let colorCount: Int
    /// Per pixel: base colour, over colour, and coverage of over in 16ths (0: the pixel is solid base).
    private(set) var base: [UInt8]
    private(set) var over: [UInt8]
    private(set) var level: [UInt8]

    static let levels = 16

    init(width: Int, height: Int, colorCount: Int) {
        self.width = width
        self.height = height
        self.colorCount = colorCount
        base = [UInt8](repeating: 0, count: width * height)
        over = base
        level = base
    }

    /// Lays `color` over pixel `index` at `coverage` sixteenths (0...16).
    @inline(__always)
    mutating func paint(_ index: Int, color: UInt8, coverage: Int) {
        if coverage <= 0 { return }
        if coverage >= Self.levels {
            fill(index, color: color)
            return
        }
        var under = base[index]
        let existing = Int(level[index])
        if existing != 0 && existing * 2 >= Self.levels { under = over[index] }
        if under == color {
            fill(index, color: color)
            return
        }
        base[index] = under
        over[index] = color
        level[index] = UInt8(coverage)
    }

    /// Makes pixel `index` solid `color`.
    @inline(__always)
    mutating func fill(_ index: Int, color: UInt8) {
        base[index] = color
        over[index] = color
        level[index] = 0
    }

    /// The colour of each (base, over, coverage) state, non-premultiplied: over a transparent base, the over
    /// colour at partial alpha; over an opaque base, the two blended.
    func color(base b: Int, over o: Int, level t: Int, palette: [ArtworkColor]) -> RGBA {
        func rgb(_ index: Int) -> ArtworkColor? { index == 0 || index > palette.count ? nil : palette[index - 1] }
        guard t > 0, let top = rgb(o) else {
            guard let solid = rgb(b) else { return .transparent }
            return RGBA(red: solid.red, green: solid.green, blue: solid.blue, alpha: 255)
        }
        guard let bottom = rgb(b) else {
            return RGBA(red: top.red, green: top.green, blue: top.blue, alpha: UInt8((t * 255 + Self.levels / 2) / Self.levels))
        }
        func mix(_ x: UInt8, _ y: UInt8) -> UInt8 {
            UInt8((Int(x) * (Self.levels - t) + Int(y) * t + Self.levels / 2) / Self.levels)
        }
        return RGBA(red: mix(bottom.red, top.red), green: mix(bottom.green, top.green), blue: mix(bottom.blue, top.blue),
                    alpha: 255)
    }

    private var stateCount: Int { colorCount * colorCount * (Self.levels + 1) }

    @inline(__always)
    private func state(_ index: Int) -> Int {
        (Int(base[index]) * colorCount + Int(over[index])) * (Self.levels + 1) + Int(level[index])
    }

    private func color(ofState state: Int, palette: [ArtworkColor]) -> RGBA {
        let t = state % (Self.levels + 1)
        let pair = state / (Self.levels + 1)
        return color(base: pair / colorCount, over: pair % colorCount, level: t, palette: palette)
    }

    /// The image as palette indices and a palette of at most `maxEntries` colours, translucent entries
    /// first (so PNG's tRNS stays short), then in state order; nil when more colours occur.
    func indexed(palette: [ArtworkColor], maxEntries: Int = 256) -> (indices: [UInt8], palette: [RGBA])? {
        var used = [Bool](repeating: false, count: stateCount)
        for index in 0..<(width * height) { used[state(index)] = true }
        var states: [(state: Int, color: RGBA)] = []
        for state in used.indices where used[state] { states.append((state, color(ofState: state, palette: palette))) }
        guard states.count <= maxEntries else { return nil }
        states.sort { ($0.color.alpha == 255 ? 1 : 0, $0.state) < ($1.color.alpha == 255 ? 1 : 0, $1.state) }
        var entryOfState = [UInt8](repeating: 0, count: stateCount)
        for (entry, item) in states.enumerated() { entryOfState[item.state] = UInt8(entry) }
        var indices = [UInt8](repeating: 0, count: width * height)
        for index in indices.indices { indices[index] = entryOfState[state(index)] }
        return (indices, states.map(\.color))
    }

    /// The image as RGBA bytes, non-premultiplied, row after row.
    func rgba(palette: [ArtworkColor]) -> [UInt8] {
        var colorOfState = [RGBA?](repeating: nil, count: stateCount)
        var pixels = [UInt8](repeating: 0, count: width * height * 4)
        for index in 0..<(width * height) {
            let s = state(index)
            let color: RGBA
            if let known = colorOfState[s] {
                color = known
            } else {
                color = self.color(ofState: s, palette: palette)
                colorOfState[s] = color
            }
            pixels[4 * index] = color.red
            pixels[4 * index + 1] = color.green
            pixels[4 * index + 2] = color.blue
            pixels[4 * index + 3] = color.alpha
        }
        return pixels
    }
}
