import Foundation
@testable import OpenBadges
import TestSupport
import Testing

@Suite("Badge artwork: geometry")
struct GeometryTests {
    @Test("sine, cosine and arctangent without libm agree with the C library")
    func trigonometry() {
        var worst = 0.0
        for step in -2_000...2_000 {
            let angle = Double(step) * 0.00731
            let (s, c) = Trigonometry.sinCos(angle)
            worst = max(worst, abs(s - Foundation.sin(angle)), abs(c - Foundation.cos(angle)))
        }
        #expect(worst < 1e-13, "\(worst)")
        var worstAngle = 0.0
        for i in -60...60 {
            for j in -60...60 {
                let (y, x) = (Double(i) * 1.7, Double(j) * 2.3)
                guard x != 0 || y != 0 else { continue }
                worstAngle = max(worstAngle, abs(Trigonometry.atan2(y, x) - Foundation.atan2(y, x)))
            }
        }
        #expect(worstAngle < 1e-8, "\(worstAngle)")
    }

    @Test("distance fields: exact for a disc, zero on polygon and star vertices, signed by side")
    func distanceFields() {
        let disc = ShapeDistanceField(.disc(centerX: 100, centerY: 50, radius: 10))
        #expect(abs(disc.distance(113, 54) - (Foundation.sqrt(169 + 16) - 10)) < 1e-12)
        #expect(disc.distance(100, 50) == -10)

        let hexagon = ShapeDistanceField(.polygon(sides: 6, radius: 100, rotation: 0))
        #expect(abs(hexagon.distance(228, 128)) < 1e-9)  // a vertex
        #expect(abs(hexagon.distance(128, 128) + 100 * Foundation.cos(Double.pi / 6)) < 1e-9)  // the apothem
        #expect(abs(hexagon.innerRadius - 100 * Foundation.cos(Double.pi / 6)) < 1e-9)
        #expect(hexagon.distance(240, 128) > 11.99 && hexagon.distance(240, 128) < 12.01)

        let star = ShapeDistanceField(.star(points: 5, outer: 60, inner: 25, rotation: -Double.pi / 2))
        #expect(abs(star.distance(128, 68)) < 1e-9)  // the top point
        #expect(star.distance(128, 128) < -20)
        // Between two points, just inside and just outside the inner vertex at angle -90° + 36°.
        let angle = -Double.pi / 2 + Double.pi / 5
        #expect(star.distance(128 + 24 * Foundation.cos(angle), 128 + 24 * Foundation.sin(angle)) < 0)
        #expect(star.distance(128 + 26 * Foundation.cos(angle), 128 + 26 * Foundation.sin(angle)) > 0)

        let rosette = ShapeDistanceField(.rosette(petals: 12, ring: 90, petal: 30, rotation: 0))
        #expect(abs(rosette.distance(128 + 120, 128)) < 1e-9)  // the tip of the first petal
        #expect(rosette.innerRadius > 90 && rosette.outerRadius == 120)
    }

    @Test("rosette proportions reach the extent and keep the valleys out of the ring of dots")
    func rosetteProportions() {
        for petals in [10, 12, 14, 16, 18] {
            let (ring, petal) = BadgeDesign.rosetteProportions(petals: petals, extent: 121, valley: 108)
            #expect(ring + petal == 121)
            let field = ShapeDistanceField(.rosette(petals: petals, ring: ring, petal: petal, rotation: 0))
            #expect(field.innerRadius >= 108 && field.innerRadius < 111, "\(petals): \(field.innerRadius)")
        }
    }

    @Test("the drawing code calls nothing from libm or Foundation, which Laurel's release binaries do not link")
    func noMathLibrary() throws {
        let folder = Vectors.projectRoot.appendingPathComponent("Sources/OpenBadges/Images")
        let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") } ?? []
        #expect(files.count > 20)
        for file in files {
            let source = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for forbidden in [".rounded(", "truncatingRemainder", "import Foundation", "import Glibc", "floor(", "ceil(",
                              " sin(", " cos(", "atan2(", "pow("] {
                let code = source.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
                let offending = code.filter { $0.contains(forbidden) && !$0.contains("ArtworkMath.") && !$0.contains("Trigonometry.")
                    && !$0.contains("static func") }
                #expect(offending.isEmpty, "\(file): \(forbidden): \(offending)")
            }
        }
    }
}
