/// The raster the emblem is painted on: for each pixel, a base colour and optionally one colour laid over
/// it at a coverage of 1/16 to 15/16 (the anti-aliased edge of the layer above).
///
/// Keeping "which colours, how much" instead of blended RGBA means the finished image has few distinct
/// pixels, one per (base, over, coverage) that occurs, typically a hundred or two. They become a PNG
/// palette: one byte per pixel instead of four, and a fraction of the compressed size. Where two edges
/// fall within one pixel, the colour already there is reduced to its dominant part first; the difference
/// is invisible at that scale.
///
/// A pixel's state is packed in 16 bits, base << 9 | over << 5 | coverage, so painting is one load and
/// one store, and the state indexes the palette table directly. Colours are 4-bit indices: at most 16,
/// 0 being transparent.
struct CoverageCanvas {
    let width: Int
    let height: Int
    private(set) var states: [UInt16]

    static let levels = 16
    static let maxColors = 16
    private static let stateCount = 1 << 13

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        states = [UInt16](repeating: 0, count: width * height)
    }

    /// The state of a pixel entirely of `color`.
    @inline(__always)
    static func solid(_ color: UInt8) -> UInt16 {
        let c = UInt16(color & 15)
        return c << 9 | c << 5
    }

    /// Lays `color` over the pixel at `pixel` with `coverage` sixteenths (0...16).
    @inline(__always)
    static func paint(_ pixel: UnsafeMutablePointer<UInt16>, color: UInt8, coverage: Int) {
        if coverage <= 0 { return }
        if coverage >= levels {
            pixel.pointee = solid(color)
            return
        }
        let state = pixel.pointee
        let existing = Int(state & 31)
        // A pixel already mixed keeps only its dominant colour under the new one.
        let under = existing * 2 >= levels ? UInt16((state >> 5) & 15) : state >> 9
        let top = UInt16(color & 15)
        pixel.pointee = under == top ? solid(color) : under << 9 | top << 5 | UInt16(coverage)
    }

    /// Lends the pixel states for painting.
    mutating func withStates<T>(_ body: (UnsafeMutableBufferPointer<UInt16>) -> T) -> T {
        states.withUnsafeMutableBufferPointer { body($0) }
    }

    /// The colour of a state, non-premultiplied: over a transparent base, the over colour at partial
    /// alpha; over an opaque base, the two blended.
    static func color(ofState state: Int, palette: [ArtworkColor]) -> RGBA {
        let t = state & 31
        let over = (state >> 5) & 15
        let base = (state >> 9) & 15
        func rgb(_ index: Int) -> ArtworkColor? { index == 0 || index > palette.count ? nil : palette[index - 1] }
        guard t > 0, let top = rgb(over) else {
            guard let solid = rgb(base) else { return .transparent }
            return RGBA(red: solid.red, green: solid.green, blue: solid.blue, alpha: 255)
        }
        guard let bottom = rgb(base) else {
            return RGBA(red: top.red, green: top.green, blue: top.blue, alpha: UInt8((t * 255 + levels / 2) / levels))
        }
        func mix(_ x: UInt8, _ y: UInt8) -> UInt8 {
            UInt8((Int(x) * (levels - t) + Int(y) * t + levels / 2) / levels)
        }
        return RGBA(red: mix(bottom.red, top.red), green: mix(bottom.green, top.green), blue: mix(bottom.blue, top.blue),
                    alpha: 255)
    }

    /// The image as palette indices and a palette of at most `maxEntries` colours, translucent entries
    /// first (so PNG's tRNS stays short), then in state order; nil when more colours occur.
    func indexed(palette: [ArtworkColor], maxEntries: Int = 256) -> (indices: [UInt8], palette: [RGBA])? {
        var used = [Bool](repeating: false, count: Self.stateCount)
        for state in states { used[Int(state) & (Self.stateCount - 1)] = true }
        var entries: [(state: Int, color: RGBA)] = []
        for state in used.indices where used[state] { entries.append((state, Self.color(ofState: state, palette: palette))) }
        guard entries.count <= maxEntries else { return nil }
        entries.sort { ($0.color.alpha == 255 ? 1 : 0, $0.state) < ($1.color.alpha == 255 ? 1 : 0, $1.state) }
        var entryOfState = [UInt8](repeating: 0, count: Self.stateCount)
        for (entry, item) in entries.enumerated() { entryOfState[item.state] = UInt8(entry) }
        let indices = states.map { entryOfState[Int($0) & (Self.stateCount - 1)] }
        return (indices, entries.map(\.color))
    }

    /// The image as RGBA bytes, non-premultiplied, row after row.
    func rgba(palette: [ArtworkColor]) -> [UInt8] {
        var colorOfState = [RGBA?](repeating: nil, count: Self.stateCount)
        var pixels = [UInt8](repeating: 0, count: width * height * 4)
        for (index, packed) in states.enumerated() {
            let state = Int(packed) & (Self.stateCount - 1)
            let color: RGBA
            if let known = colorOfState[state] {
                color = known
            } else {
                color = Self.color(ofState: state, palette: palette)
                colorOfState[state] = color
            }
            pixels[4 * index] = color.red
            pixels[4 * index + 1] = color.green
            pixels[4 * index + 2] = color.blue
            pixels[4 * index + 3] = color.alpha
        }
        return pixels
    }
}
