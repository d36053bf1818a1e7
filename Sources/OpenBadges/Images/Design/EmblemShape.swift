/// A shape of the emblem, in the artwork's 256 × 256 design space (y down, centre at 128, 128). Every
/// shape is drawn twice from this one description: as SVG elements, and as a signed distance field for
/// the PNG raster, so the two images of an achievement show the same emblem.
enum EmblemShape: Sendable, Equatable {
    /// A disc.
    case disc(centerX: Double, centerY: Double, radius: Double)
    /// A regular polygon centred on the design's centre, a vertex at angle `rotation` (radians, from the
    /// x axis, clockwise since y points down).
    case polygon(sides: Int, radius: Double, rotation: Double)
    /// A star centred on the design's centre: `points` vertices at `outer`, with vertices at `inner`
    /// halfway between them.
    case star(points: Int, outer: Double, inner: Double, rotation: Double)
    /// A scalloped rosette: a disc of radius `ring` with `petals` discs of radius `petal` centred on its edge.
    case rosette(petals: Int, ring: Double, petal: Double, rotation: Double)
    /// A ribbon banner across the badge: a rectangle whose two ends are cut with a V notch of depth `notch`.
    case ribbon(left: Double, top: Double, right: Double, bottom: Double, notch: Double)

    static let center = 128.0
}

/// One layer of the emblem: a shape filled with a colour, optionally outlined. Colours are indices into
/// the artwork's palette (0 is transparent, so layers use 1 and up).
struct EmblemLayer: Sendable, Equatable {
    var shape: EmblemShape
    var fill: UInt8
    /// The outline's colour and width, centred on the shape's edge with round joins.
    var stroke: (color: UInt8, width: Double)?

    init(_ shape: EmblemShape, fill: UInt8, stroke: (color: UInt8, width: Double)? = nil) {
        self.shape = shape
        self.fill = fill
        self.stroke = stroke
    }

    static func == (a: EmblemLayer, b: EmblemLayer) -> Bool {
        a.shape == b.shape && a.fill == b.fill && a.stroke?.color == b.stroke?.color && a.stroke?.width == b.stroke?.width
    }
}
