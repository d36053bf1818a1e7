/// Writes emblem layers as SVG elements: `<circle>` for discs, `<polygon>` for polygons, stars and the
/// ribbon, a `<path>` of arcs for a rosette. Colours are the palette's; outlines have round joins (set once
/// on the enclosing group), as the PNG's distance-field outlines do.
enum SVGShapes {
    static func write(_ layer: EmblemLayer, palette: [ArtworkColor], to writer: inout SVGWriter, fill: Bool = true) {
        switch layer.shape {
        case .disc(let x, let y, let radius):
            writer.raw("<circle")
            writer.attribute("cx", x)
            writer.attribute("cy", y)
            writer.attribute("r", radius)
        case .polygon(let sides, let radius, let rotation):
            polygon(vertices(points: max(3, sides), outer: radius, inner: nil, rotation: rotation), to: &writer)
        case .star(let points, let outer, let inner, let rotation):
            polygon(vertices(points: max(2, points), outer: outer, inner: inner, rotation: rotation), to: &writer)
        case .rosette(let petals, let ring, let petal, let rotation):
            rosette(petals: max(2, petals), ring: ring, petal: petal, rotation: rotation, to: &writer)
        case .ribbon(let left, let top, let right, let bottom, let notch):
            let middle = (top + bottom) / 2
            polygon([(left, top), (right, top), (right - notch, middle), (right, bottom), (left, bottom),
                     (left + notch, middle)], to: &writer)
        }
        if fill { writer.attribute("fill", color(layer.fill, palette)) }
        if let stroke = layer.stroke {
            writer.attribute("stroke", color(stroke.color, palette))
            writer.attribute("stroke-width", stroke.width)
        }
        writer.raw("/>")
    }

    static func color(_ index: UInt8, _ palette: [ArtworkColor]) -> String {
        index == 0 || Int(index) > palette.count ? "none" : palette[Int(index) - 1].hex
    }

    /// Outer vertices, with inner vertices halfway between them for a star.
    private static func vertices(points: Int, outer: Double, inner: Double?, rotation: Double) -> [(Double, Double)] {
        let step = 2 * Trigonometry.pi / Double(points)
        var result: [(Double, Double)] = []
        for k in 0..<points {
            let (s, c) = Trigonometry.sinCos(rotation + Double(k) * step)
            result.append((EmblemShape.center + outer * c, EmblemShape.center + outer * s))
            if let inner {
                let (si, ci) = Trigonometry.sinCos(rotation + (Double(k) + 0.5) * step)
                result.append((EmblemShape.center + inner * ci, EmblemShape.center + inner * si))
            }
        }
        return result
    }

    private static func polygon(_ vertices: [(Double, Double)], to writer: inout SVGWriter) {
        writer.raw("<polygon points=\"")
        for (index, vertex) in vertices.enumerated() {
            if index > 0 { writer.raw(" ") }
            writer.number(vertex.0)
            writer.raw(",")
            writer.number(vertex.1)
        }
        writer.raw("\"")
    }

    /// The outline of the union of the ring disc and the petals: from each valley (where neighbouring
    /// petals cross) an arc over the petal to the next valley. Large-arc when the petal's centre lies
    /// beyond the chord between its valleys; the sweep follows increasing angles, clockwise on screen.
    /// When the valleys would fall inside the ring disc (petals too small to meet outside it), the union
    /// is drawn as the disc and the petals, separately.
    private static func rosette(petals: Int, ring: Double, petal: Double, rotation: Double, to writer: inout SVGWriter) {
        let step = 2 * Trigonometry.pi / Double(petals)
        let (sinHalf, cosHalf) = Trigonometry.sinCos(step / 2)
        let discriminant = petal * petal - ring * ring * sinHalf * sinHalf
        let valley = discriminant > 0 ? ring * cosHalf + discriminant.squareRoot() : 0
        let c = EmblemShape.center
        if valley < ring {
            writer.raw("<path d=\"")
            circlePath(c, c, ring, to: &writer)
            for k in 0..<petals {
                let (s, co) = Trigonometry.sinCos(rotation + Double(k) * step)
                circlePath(c + ring * co, c + ring * s, petal, to: &writer)
            }
            writer.raw("\"")
            return
        }
        let largeArc = ring > valley * cosHalf ? "1" : "0"
        writer.raw("<path d=\"M")
        let (s0, c0) = Trigonometry.sinCos(rotation - step / 2)
        writer.number(c + valley * c0)
        writer.raw(" ")
        writer.number(c + valley * s0)
        for k in 0..<petals {
            let (s, co) = Trigonometry.sinCos(rotation + (Double(k) + 0.5) * step)
            writer.raw("A")
            writer.number(petal)
            writer.raw(" ")
            writer.number(petal)
            writer.raw(" 0 \(largeArc) 1 ")
            writer.number(c + valley * co)
            writer.raw(" ")
            writer.number(c + valley * s)
        }
        writer.raw("Z\"")
    }

    /// A full circle as two arcs (a path cannot draw a circle in one arc).
    private static func circlePath(_ x: Double, _ y: Double, _ r: Double, to writer: inout SVGWriter) {
        writer.raw("M")
        writer.number(x - r)
        writer.raw(" ")
        writer.number(y)
        for direction in [1.0, -1.0] {
            writer.raw("a")
            writer.number(r)
            writer.raw(" ")
            writer.number(r)
            writer.raw(" 0 1 0 ")
            writer.number(2 * r * direction)
            writer.raw(" 0")
        }
        writer.raw("z")
    }
}
