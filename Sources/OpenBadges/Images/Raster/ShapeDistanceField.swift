/// The signed distance from a point to the edge of an ``EmblemShape`` (negative inside), in design units.
/// Anti-aliasing reads coverage straight from it, and outlines are the band where |distance| is below
/// half the stroke width, so outlines get round joins as in the SVG (`stroke-linejoin="round"`).
///
/// Everything that does not depend on the point (rotation tables, edge vectors) is computed once here,
/// into plain numbers and one flat table that the rasterizer lends as a pointer: the per-pixel path
/// allocates nothing and retains nothing. The fields are exact near the edge, which is where
/// anti-aliasing reads them; deep inside a union (the rosette) they may be underestimates, which only
/// ever decides "fully covered" a little later.
struct ShapeDistanceField {
    enum Kind { case disc, radial, rosette, polygon }

    let kind: Kind
    let minX: Double, minY: Double, maxX: Double, maxY: Double
    let centerX: Double, centerY: Double
    /// Every point this close to the centre is inside, at least `innerRadius - r` from the edge.
    let innerRadius: Double
    /// Every point this far from the centre is outside, at least `r - outerRadius` from the edge.
    let outerRadius: Double
    /// Radial shapes: (cos, sin) turning each sector onto the first; rosette: petal centres (x, y) relative
    /// to the centre; polygon: vertices (x, y).
    let table: [Double]

    /// Disc radius, or the rosette's ring radius.
    private var radius = 0.0
    /// Rosette petal radius.
    private var petal = 0.0
    private var sector = 1.0
    private var rotation = 0.0
    /// Radial shapes, in the folded sector: the outer vertex A = (ax, 0) and the edge vector E from A to
    /// the inner vertex.
    private var ax = 0.0, ex = 0.0, ey = 0.0, inverseEdgeLengthSquared = 0.0

    init(_ shape: EmblemShape) {
        let c = EmblemShape.center
        switch shape {
        case .disc(let x, let y, let radius):
            self.init(kind: .disc, center: (x, y), inner: radius, outer: radius,
                      bounds: (x - radius, y - radius, x + radius, y + radius), table: [])
            self.radius = radius
        case .polygon(let sides, let radius, let rotation):
            let n = max(3, sides)
            self.init(radialPoints: n, outer: radius,
                      inner: radius * Trigonometry.sinCos(Trigonometry.pi / Double(n)).cos, rotation: rotation)
        case .star(let points, let outer, let inner, let rotation):
            self.init(radialPoints: max(2, points), outer: outer, inner: min(outer, max(0, inner)), rotation: rotation)
        case .rosette(let petals, let ring, let petal, let rotation):
            let n = max(2, petals)
            let sector = 2 * Trigonometry.pi / Double(n)
            var centers: [Double] = []
            for k in 0..<n {
                let (s, co) = Trigonometry.sinCos(rotation + Double(k) * sector)
                centers += [ring * co, ring * s]
            }
            // Neighbouring petals cross at radius ring·cos(α) + √(petal² - ring²·sin²(α)), α half a sector;
            // that valley is the edge's closest approach to the centre unless the central disc reaches further.
            let (sinHalf, cosHalf) = Trigonometry.sinCos(sector / 2)
            let discriminant = petal * petal - ring * ring * sinHalf * sinHalf
            let valley = discriminant > 0 ? ring * cosHalf + discriminant.squareRoot() : ring
            let extent = ring + petal
            self.init(kind: .rosette, center: (c, c), inner: max(ring, valley), outer: extent,
                      bounds: (c - extent, c - extent, c + extent, c + extent), table: centers)
            (self.radius, self.petal, self.sector, self.rotation) = (ring, petal, sector, rotation)
        case .ribbon(let left, let top, let right, let bottom, let notch):
            let middle = (top + bottom) / 2
            let vertices = [left, top, right, top, right - notch, middle, right, bottom, left, bottom, left + notch, middle]
            self.init(kind: .polygon, center: ((left + right) / 2, middle), inner: 0, outer: .infinity,
                      bounds: (left, top, right, bottom), table: vertices)
        }
    }

    private init(radialPoints n: Int, outer: Double, inner: Double, rotation: Double) {
        let c = EmblemShape.center
        let sector = 2 * Trigonometry.pi / Double(n)
        var turns: [Double] = []
        for k in 0..<n {
            let (s, co) = Trigonometry.sinCos(-(rotation + Double(k) * sector))
            turns += [co, s]
        }
        let (sinHalf, cosHalf) = Trigonometry.sinCos(sector / 2)
        let ex = inner * cosHalf - outer
        let ey = inner * sinHalf
        let lengthSquared = max(1e-12, ex * ex + ey * ey)
        // The edge's closest approach to the centre: the foot of the perpendicular from the centre to AB,
        // clamped to the segment.
        let t = min(1, max(0, (-outer * ex) / lengthSquared))
        let footX = outer + t * ex
        let footY = t * ey
        self.init(kind: .radial, center: (c, c), inner: (footX * footX + footY * footY).squareRoot(), outer: outer,
                  bounds: (c - outer, c - outer, c + outer, c + outer), table: turns)
        (self.sector, self.rotation) = (sector, rotation)
        (self.ax, self.ex, self.ey, self.inverseEdgeLengthSquared) = (outer, ex, ey, 1 / lengthSquared)
    }

    private init(
        kind: Kind, center: (Double, Double), inner: Double, outer: Double,
        bounds: (minX: Double, minY: Double, maxX: Double, maxY: Double), table: [Double]
    ) {
        self.kind = kind
        (centerX, centerY) = center
        innerRadius = inner
        outerRadius = outer
        (minX, minY, maxX, maxY) = bounds
        self.table = table
    }

    /// The distance at (x, y); `table` is ``table`` lent as a buffer.
    @inline(__always)
    func distance(_ x: Double, _ y: Double, table: UnsafeBufferPointer<Double>) -> Double {
        let dx = x - centerX
        let dy = y - centerY
        switch kind {
        case .disc:
            return (dx * dx + dy * dy).squareRoot() - radius
        case .radial:
            let count = table.count / 2
            let k = sectorIndex(dx, dy, count: count, nearest: true)
            let (cos, sin) = (table[2 * k], table[2 * k + 1])
            let qx = dx * cos - dy * sin
            let qy = abs(dx * sin + dy * cos)
            // Distance to the segment from A = (ax, 0) along E; inside when on the centre's side of AB.
            let px = qx - ax
            let t = min(1, max(0, (px * ex + qy * ey) * inverseEdgeLengthSquared))
            let ox = px - t * ex
            let oy = qy - t * ey
            let unsigned = (ox * ox + oy * oy).squareRoot()
            // cross(E, Q - A) has the sign of cross(E, O - A) = ey·ax on the centre's side.
            let cross = ex * qy - ey * px
            return cross * (ey * ax) > 0 ? -unsigned : unsigned
        case .rosette:
            let count = table.count / 2
            let k = sectorIndex(dx, dy, count: count, nearest: false)
            let next = k + 1 == count ? 0 : k + 1
            let (ax1, ay1) = (dx - table[2 * k], dy - table[2 * k + 1])
            let (ax2, ay2) = (dx - table[2 * next], dy - table[2 * next + 1])
            let toRing = (dx * dx + dy * dy).squareRoot() - radius
            let toPetals = min((ax1 * ax1 + ay1 * ay1).squareRoot(), (ax2 * ax2 + ay2 * ay2).squareRoot()) - petal
            return min(toRing, toPetals)
        case .polygon:
            return Self.polygonDistance(x, y, table)
        }
    }

    /// The distance at (x, y), for callers outside the raster loop.
    func distance(_ x: Double, _ y: Double) -> Double {
        table.withUnsafeBufferPointer { distance(x, y, table: $0) }
    }

    /// The sector of the point's angle: the nearest multiple of `sector` (`nearest`) or the one below it.
    @inline(__always)
    private func sectorIndex(_ dx: Double, _ dy: Double, count: Int, nearest: Bool) -> Int {
        let position = (Trigonometry.atan2(dy, dx) - rotation) / sector
        let index = nearest ? ArtworkMath.nearest(position) : ArtworkMath.floor(position)
        return ((index % count) + count) % count
    }

    /// Distance to the nearest edge, negative inside (even-odd rule); `vertices` as x, y pairs.
    private static func polygonDistance(_ x: Double, _ y: Double, _ vertices: UnsafeBufferPointer<Double>) -> Double {
        let count = vertices.count / 2
        guard count > 0 else { return .infinity }
        var nearest = Double.infinity
        var inside = false
        var (previousX, previousY) = (vertices[2 * count - 2], vertices[2 * count - 1])
        for index in 0..<count {
            let (vertexX, vertexY) = (vertices[2 * index], vertices[2 * index + 1])
            let ex = vertexX - previousX
            let ey = vertexY - previousY
            let px = x - previousX
            let py = y - previousY
            let t = min(1, max(0, (px * ex + py * ey) / max(1e-12, ex * ex + ey * ey)))
            let ox = px - t * ex
            let oy = py - t * ey
            nearest = min(nearest, ox * ox + oy * oy)
            if (previousY > y) != (vertexY > y) && x < previousX + (y - previousY) * ex / ey { inside.toggle() }
            (previousX, previousY) = (vertexX, vertexY)
        }
        return inside ? -nearest.squareRoot() : nearest.squareRoot()
    }
}
