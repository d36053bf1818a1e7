/// Rounding without the C maths library. `Double.rounded()` and its variants call libm's `round`,
/// `floor`, `ceil` and `trunc`, which Laurel's Foundation-free release binaries do not link; converting
/// to `Int` truncates in a single instruction. Inputs are clamped first, so NaN, infinities and huge
/// values give a defined (if meaningless) result instead of a trap.
enum ArtworkMath {
    private static let limit = 4.0e15  // exact in Double, far inside Int

    @inline(__always)
    private static func clamped(_ x: Double) -> Double {
        x.isNaN ? 0 : min(limit, max(-limit, x))
    }

    /// The largest integer not above `x`.
    @inline(__always)
    static func floor(_ x: Double) -> Int {
        let value = clamped(x)
        let truncated = Int(value)  // towards zero
        return Double(truncated) > value ? truncated - 1 : truncated
    }

    /// The smallest integer not below `x`.
    @inline(__always)
    static func ceil(_ x: Double) -> Int {
        let value = clamped(x)
        let truncated = Int(value)
        return Double(truncated) < value ? truncated + 1 : truncated
    }

    /// The nearest integer, halves rounded up.
    @inline(__always)
    static func nearest(_ x: Double) -> Int { floor(x + 0.5) }
}
