/// The signed distance from a point to the edge of an ``EmblemShape`` (negative inside), in design units.
/// Anti-aliasing reads coverage straight from it, and outlines are the band where |distance| is below
/// half the stroke width, so outlines get round joins as in the SVG (`stroke-linejoin="round"`).
///
/// Everything that does not depend on the point (rotation tables, edge vectors) is computed once here.
/// The fields are exact near the edge, which is where anti-aliasing reads them; deep inside a union (the
/// rosette) they may be underestimates, which only ever decides "fully covered" a little later.
struct ShapeDistanceField {
    let minX: Double, minY: Double, maxX: Double, maxY: Double
    let centerX: Double, centerY: Double
    /// Every point this close to the centre is inside, at least `innerRadius - r` from the edge.
    let innerRadius: Double
    /// Every point this far from the centre is outside, at least `r - outerRadius` from the edge.
    let outerRadius: Double
    private let kind: Kind

    private enum Kind {
        case disc(radius: Double)
        /// Stars and polygons: the point is rotated into the sector of the nearest outer vertex and folded
        /// onto its upper half, where the edge is the segment from the outer vertex A to the inner vertex B.
        case radial(Radial)
        case rosette(Rosette)
        case polygon(vertices: [(x: Double, y: Double)])
    }

    private struct Radial {
        let sector: Double
        let rotation: Double
        let turns: [(cos: Double, sin: Double)]
        let ax: Double
        let ex: Double, ey: Double
        let inverseEdgeLengthSquared: Double
    }

    private struct Rosette {
        let sector: Double
        let rotation: Double
        let ring: Double
        let petal: Double
        let centers: [(x: Double, y: Double)]
    }

    init(_ shape: EmblemShape) {
        let c = EmblemShape.center
        switch shape {
        case .disc(let x, let y, let radius):
            self.init(kind: .disc(radius: radius), centerX: x, centerY: y, innerRadius: radius, outerRadius: radius,
                      bounds: (x - radius, y - radius, x + radius, y + radius))
        case .polygon(let sides, let radius, let rotation):
            let n = max(3, sides)
            self.init(radialPoints: n, outer: radius,
                      inner: radius * Trigonometry.sinCos(Trigonometry.pi / Double(n)).cos, rotation: rotation)
        case .star(let points, let outer, let inner, let rotation):
            self.init(radialPoints: max(2, points), outer: outer, inner: min(outer, max(0, inner)), rotation: rotation)
        case .rosette(let petals, let ring, let petal, let rotation):
            let n = max(2, petals)
            let sector = 2 * Trigonometry.pi / Double(n)
            let centers = (0..<n).map { k -> (x: Double, y: Double) in
                let (s, co) = Trigonometry.sinCos(rotation + Double(k) * sector)
                return (ring * co, ring * s)
            }
            // Neighbouring petals cross at radius ring·cos(α) + √(petal² - ring²·sin²(α)), α half a sector;
            // that valley is the edge's closest approach to the centre unless the central disc reaches further.
            let (sinHalf, cosHalf) = Trigonometry.sinCos(sector / 2)
            let discriminant = petal * petal - ring * ring * sinHalf * sinHalf
            let valley = discriminant > 0 ? ring * cosHalf + discriminant.squareRoot() : ring
            let extent = ring + petal
            self.init(kind: .rosette(Rosette(sector: sector, rotation: rotation, ring: ring, petal: petal, centers: centers)),
                      centerX: c, centerY: c, innerRadius: max(ring, valley), outerRadius: extent,
                      bounds: (c - extent, c - extent, c + extent, c + extent))
        case .ribbon(let left, let top, let right, let bottom, let notch):
            let middle = (top + bottom) / 2
            let vertices: [(x: Double, y: Double)] = [
                (left, top), (right, top), (right - notch, middle), (right, bottom), (left, bottom), (left + notch, middle),
            ]
            self.init(kind: .polygon(vertices: vertices), centerX: (left + right) / 2, centerY: middle, innerRadius: 0,
                      outerRadius: .infinity, bounds: (left, top, right, bottom))
        }
    }

    private init(radialPoints n: Int, outer: Double, inner: Double, rotation: Double) {
        let c = EmblemShape.center
        let sector = 2 * Trigonometry.pi / Double(n)
        let turns = (0..<n).map { k -> (cos: Double, sin: Double) in
            let (s, co) = Trigonometry.sinCos(-(rotation + Double(k) * sector))
            return (co, s)
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
        self.init(kind: .radial(Radial(sector: sector, rotation: rotation, turns: turns, ax: outer, ex: ex, ey: ey,
                                       inverseEdgeLengthSquared: 1 / lengthSquared)),
                  centerX: c, centerY: c, innerRadius: (footX * footX + footY * footY).squareRoot(), outerRadius: outer,
                  bounds: (c - outer, c - outer, c + outer, c + outer))
    }

    private init(
        kind: Kind, centerX: Double, centerY: Double, innerRadius: Double, outerRadius: Double,
        bounds: (minX: Double, minY: Double, maxX: Double, maxY: Double)
    ) {
        self.kind = kind
        self.centerX = centerX
        self.centerY = centerY
        self.innerRadius = innerRadius
        self.outerRadius = outerRadius
        (minX, minY, maxX, maxY) = bounds
    }

    func distance(_ x: Double, _ y: Double) -> Double {
        let dx = x - centerX
        let dy = y - centerY
        switch kind {
        case .disc(let radius):
            return (dx * dx + dy * dy).squareRoot() - radius
        case .radial(let r):
            let k = sectorIndex(dx, dy, rotation: r.rotation, sector: r.sector, count: r.turns.count, rounding: true)
            let turn = r.turns[k]
            let qx = dx * turn.cos - dy * turn.sin
            let qy = abs(dx * turn.sin + dy * turn.cos)
            // Distance to the segment from A = (ax, 0) along E; inside when on the centre's side of AB.
            let px = qx - r.ax
            let t = min(1, max(0, (px * r.ex + qy * r.ey) * r.inverseEdgeLengthSquared))
            let ox = px - t * r.ex
            let oy = qy - t * r.ey
            let unsigned = (ox * ox + oy * oy).squareRoot()
            // cross(E, Q - A) has the sign of cross(E, O - A) = ey·ax on the centre's side.
            let cross = r.ex * qy - r.ey * px
            return cross * (r.ey * r.ax) > 0 ? -unsigned : unsigned
        case .rosette(let r):
            let k = sectorIndex(dx, dy, rotation: r.rotation, sector: r.sector, count: r.centers.count, rounding: false)
            var best = (dx * dx + dy * dy).squareRoot() - r.ring
            for petal in [k, (k + 1) % r.centers.count] {
                let center = r.centers[petal]
                let px = dx - center.x
                let py = dy - center.y
                best = min(best, (px * px + py * py).squareRoot() - r.petal)
            }
            return best
        case .polygon(let vertices):
            return Self.polygonDistance(x, y, vertices)
        }
    }

    /// The sector of the point's angle: the nearest multiple of `sector` (rounding) or the one below it.
    @inline(__always)
    private func sectorIndex(_ dx: Double, _ dy: Double, rotation: Double, sector: Double, count: Int, rounding: Bool) -> Int {
        let position = (Trigonometry.atan2(dy, dx) - rotation) / sector
        let index = Int(rounding ? position.rounded() : position.rounded(.down))
        return ((index % count) + count) % count
    }

    /// Distance to the nearest edge, negative inside (even-odd rule).
    private static func polygonDistance(_ x: Double, _ y: Double, _ vertices: [(x: Double, y: Double)]) -> Double {
        var nearest = Double.infinity
        var inside = false
        var previous = vertices[vertices.count - 1]
        for vertex in vertices {
            let ex = vertex.x - previous.x
            let ey = vertex.y - previous.y
            let px = x - previous.x
            let py = y - previous.y
            let t = min(1, max(0, (px * ex + py * ey) / max(1e-12, ex * ex + ey * ey)))
            let ox = px - t * ex
            let oy = py - t * ey
            nearest = min(nearest, ox * ox + oy * oy)
            if (previous.y > y) != (vertex.y > y) && x < previous.x + (y - previous.y) * ex / ey { inside.toggle() }
            previous = vertex
        }
        return inside ? -nearest.squareRoot() : nearest.squareRoot()
    }
}
