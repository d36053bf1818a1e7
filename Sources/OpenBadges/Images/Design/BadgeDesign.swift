/// The look of an achievement's badge, derived from its id (and level) alone: a hue, a frame shape and
/// its parameters from the achievement, so that each achievement is recognisable at a glance across
/// learners and languages; an accent hue, a ring of dots and (in the PNG) a centre motif from the level,
/// so that levels of one achievement are told apart while clearly belonging together.
///
/// Everything is laid out in a 256 × 256 design space: the frame within radius 124 of the centre, a ring
/// of dots around radius 100, the light field (where the SVG writes the name) within ``fieldRadius``.
struct BadgeDesign {
    /// Palette colours; a layer's colour index i names `palette[i - 1]` (0 is transparent).
    let palette: [ArtworkColor]
    /// Frame, dots and field: drawn in both formats.
    let frame: [EmblemLayer]
    /// The centre motif, drawn in the PNG (where the SVG writes the name).
    let motif: [EmblemLayer]
    /// The ribbon that carries the level in the SVG.
    let ribbon: EmblemLayer
    /// Distinguishes element ids of different badges inlined in one page.
    let tag: String

    static let frameColor: UInt8 = 1
    static let rimColor: UInt8 = 2
    static let fieldColor: UInt8 = 3
    static let accentColor: UInt8 = 4
    static let ribbonColor: UInt8 = 5
    static let inkColor: UInt8 = 6
    static let ribbonInkColor: UInt8 = 7

    static let fieldRadius = 92.0
    static let ribbonTop = 166.0
    static let ribbonBottom = 196.0
    static let ribbonLeft = 24.0
    static let ribbonRight = 232.0

    private static let pi = Trigonometry.pi

    init(achievementID: String, levelKey: String?) {
        var shape = ArtworkSeed(["laurel-badge-1", achievementID])
        var level = ArtworkSeed(["laurel-badge-1", achievementID, levelKey ?? ""])
        tag = shape.tag()

        let hue = shape.next(360)
        let accentHue = hue + level.pick([150, 180, 210, 120, 240, 30, 330])
        palette = [
            ArtworkColor(hue: hue, saturation: 52, lightness: 44),  // frame
            ArtworkColor(hue: hue, saturation: 55, lightness: 24),  // rim
            ArtworkColor(hue: hue, saturation: 45, lightness: 95),  // field
            ArtworkColor(hue: accentHue, saturation: 60, lightness: 46),  // accent
            ArtworkColor(hue: accentHue, saturation: 55, lightness: 27),  // ribbon
            ArtworkColor(hue: hue, saturation: 60, lightness: 18),  // ink on the field
            .white,  // ink on the ribbon
        ]

        let outline = (color: Self.rimColor, width: 5.0)
        var layers: [EmblemLayer] = []
        switch shape.next(4) {
        case 0:
            layers.append(EmblemLayer(.disc(centerX: 128, centerY: 128, radius: 119), fill: Self.frameColor, stroke: outline))
            // A second, thin line inside the edge, as on a coin.
            layers.append(EmblemLayer(.disc(centerX: 128, centerY: 128, radius: 111), fill: Self.frameColor,
                                      stroke: (Self.rimColor, 1.5)))
        case 1:
            let sides = shape.pick([7, 8, 9, 10, 12])
            let vertexUp = shape.next(2) == 0
            let apothemFactor = Trigonometry.sinCos(Self.pi / Double(sides)).cos
            let radius = min(121, 111 / apothemFactor)
            let rotation = -Self.pi / 2 + (vertexUp ? 0 : Self.pi / Double(sides))
            layers.append(EmblemLayer(.polygon(sides: sides, radius: radius, rotation: rotation), fill: Self.frameColor,
                                      stroke: outline))
        case 2:
            let points = shape.pick([16, 18, 20, 24, 28, 32])
            let depth = Double(shape.pick([6, 8, 10]))
            layers.append(EmblemLayer(.star(points: points, outer: 122, inner: 122 - depth, rotation: -Self.pi / 2),
                                      fill: Self.frameColor, stroke: outline))
        default:
            let petals = shape.pick([10, 12, 14, 16, 18])
            let (ring, petal) = Self.rosetteProportions(petals: petals, extent: 121, valley: 108)
            layers.append(EmblemLayer(.rosette(petals: petals, ring: ring, petal: petal, rotation: -Self.pi / 2),
                                      fill: Self.frameColor, stroke: outline))
        }

        let dots = level.pick([8, 10, 12, 16, 20, 24])
        for k in 0..<dots {
            let (s, c) = Trigonometry.sinCos(-Self.pi / 2 + 2 * Self.pi * Double(k) / Double(dots))
            layers.append(EmblemLayer(.disc(centerX: 128 + 101 * c, centerY: 128 + 101 * s, radius: 2.75),
                                      fill: Self.fieldColor))
        }
        layers.append(EmblemLayer(.disc(centerX: 128, centerY: 128, radius: Self.fieldRadius), fill: Self.fieldColor,
                                  stroke: (Self.rimColor, 3)))
        frame = layers
        motif = Self.motif(&level)
        ribbon = EmblemLayer(.ribbon(left: Self.ribbonLeft, top: Self.ribbonTop, right: Self.ribbonRight,
                                     bottom: Self.ribbonBottom, notch: 9),
                             fill: Self.ribbonColor, stroke: (Self.rimColor, 2))
    }

    /// The PNG's centre: a star, a flower, nested polygons or a sunburst, chosen by the level.
    private static func motif(_ seed: inout ArtworkSeed) -> [EmblemLayer] {
        let up = -pi / 2
        switch seed.next(4) {
        case 0:
            let points = seed.pick([5, 6, 7, 8])
            return [
                EmblemLayer(.star(points: points, outer: 66, inner: points == 5 ? 29 : 36, rotation: up),
                            fill: frameColor, stroke: (rimColor, 3)),
                EmblemLayer(.disc(centerX: 128, centerY: 128, radius: 13), fill: accentColor, stroke: (rimColor, 2)),
            ]
        case 1:
            let petals = seed.pick([6, 8, 10])
            return [
                EmblemLayer(.rosette(petals: petals, ring: 34, petal: 22, rotation: up), fill: accentColor,
                            stroke: (rimColor, 3)),
                EmblemLayer(.disc(centerX: 128, centerY: 128, radius: 20), fill: fieldColor, stroke: (rimColor, 3)),
                EmblemLayer(.disc(centerX: 128, centerY: 128, radius: 9), fill: frameColor),
            ]
        case 2:
            let sides = seed.pick([3, 4, 5, 6, 8])
            let radius = sides == 3 ? 70.0 : 62.0
            return [
                EmblemLayer(.polygon(sides: sides, radius: radius, rotation: up), fill: frameColor, stroke: (rimColor, 3)),
                EmblemLayer(.polygon(sides: sides, radius: radius * 0.55, rotation: up + pi / Double(sides)),
                            fill: accentColor, stroke: (rimColor, 2)),
            ]
        default:
            let points = seed.pick([12, 16, 20])
            return [
                EmblemLayer(.star(points: points, outer: 70, inner: 48, rotation: up), fill: accentColor,
                            stroke: (rimColor, 2)),
                EmblemLayer(.disc(centerX: 128, centerY: 128, radius: 34), fill: frameColor, stroke: (rimColor, 3)),
                EmblemLayer(.disc(centerX: 128, centerY: 128, radius: 12), fill: fieldColor),
            ]
        }
    }

    /// Ring and petal radii for a rosette reaching `extent` whose scallops dip no closer than `valley`:
    /// the smallest petals that do, so the edge reads as scalloped rather than as beads on a disc.
    static func rosetteProportions(petals: Int, extent: Double, valley: Double) -> (ring: Double, petal: Double) {
        let (sinHalf, cosHalf) = Trigonometry.sinCos(pi / Double(petals))
        var petal = 8.0
        while petal < extent / 2 {
            let ring = extent - petal
            let discriminant = petal * petal - ring * ring * sinHalf * sinHalf
            if discriminant > 0 && ring * cosHalf + discriminant.squareRoot() >= valley { return (ring, petal) }
            petal += 0.5
        }
        return (extent - petal, petal)
    }
}
