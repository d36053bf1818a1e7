/// Sine, cosine and arctangent from the four basic operations.
///
/// The library links no libm (release binaries stay free of Foundation and the C maths library), and
/// polynomials built from `+ - * /` round identically on every IEEE 754 machine, which keeps the artwork
/// byte-for-byte deterministic. Accuracy (about 1e-15 for sin/cos, 1e-8 rad for atan2) is far below a
/// thousandth of a pixel at the sizes drawn.
enum Trigonometry {
    static let pi = 3.141592653589793
    private static let halfPiHigh = 1.5707963267948966
    private static let halfPiLow = 6.123233995736766e-17
    private static let sqrt3 = 1.7320508075688772

    /// Sine and cosine of `angle` (radians).
    static func sinCos(_ angle: Double) -> (sin: Double, cos: Double) {
        // Reduce to r in [-π/4, π/4] plus a quarter-turn count; π/2 in two parts keeps r exact enough.
        let quarterTurns = ArtworkMath.nearest(angle / halfPiHigh)
        let quarter = Double(quarterTurns)
        let r = (angle - quarter * halfPiHigh) - quarter * halfPiLow
        let r2 = r * r
        // Taylor series to r^13 / r^14: the first omitted term is below 3e-14 at |r| = π/4.
        let s = r * (1 - r2 / 6 * (1 - r2 / 20 * (1 - r2 / 42 * (1 - r2 / 72 * (1 - r2 / 110 * (1 - r2 / 156))))))
        let c = 1 - r2 / 2 * (1 - r2 / 12 * (1 - r2 / 30 * (1 - r2 / 56 * (1 - r2 / 90 * (1 - r2 / 132 * (1 - r2 / 182))))))
        switch ((quarterTurns % 4) + 4) % 4 {
        case 0: return (s, c)
        case 1: return (c, -s)
        case 2: return (-s, -c)
        default: return (-c, s)
        }
    }

    /// The angle of the point (x, y) from the positive x axis, in (-π, π]; 0 at the origin.
    static func atan2(_ y: Double, _ x: Double) -> Double {
        let ax = abs(x)
        let ay = abs(y)
        if ax == 0 && ay == 0 { return 0 }
        let swapped = ay > ax
        var angle = arctangentOfUnit(swapped ? ax / ay : ay / ax)
        if swapped { angle = pi / 2 - angle }
        if x < 0 { angle = pi - angle }
        return y < 0 ? -angle : angle
    }

    /// atan(t) for t in [0, 1].
    private static func arctangentOfUnit(_ t: Double) -> Double {
        // Above tan(π/12), atan(t) = π/6 + atan((√3·t - 1)/(√3 + t)) brings the argument back below
        // tan(π/12) ≈ 0.268, where the series to u^11 is accurate to 3e-9.
        var base = 0.0
        var u = t
        if t > 0.2679491924311227 {
            base = pi / 6
            u = (sqrt3 * t - 1) / (sqrt3 + t)
        }
        let u2 = u * u
        let series = u * (1 - u2 * (1.0 / 3 - u2 * (1.0 / 5 - u2 * (1.0 / 7 - u2 * (1.0 / 9 - u2 / 11)))))
        return base + series
    }
}
