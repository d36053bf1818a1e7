/// Canonical lexical forms of JSON numbers as `xsd:integer` and `xsd:double` (JSON-LD 1.1 API §8.6,
/// "Data Round Tripping"): integers as their exact decimal value without leading zeros, doubles as a
/// normalized mantissa rounded to 15 digits after the point, `E`, and the exponent (`1.1E0`, `-3.0E-1`).
enum CanonicalNumber {
    /// The `xsd:integer` form of a double with no fractional part (`(value).toFixed(0)`).
    static func integer(_ value: Double) -> String {
        if value.magnitude < 9.2e18 { return String(Int64(value)) }
        let big = BigUInt(exactIntegerOf: value.magnitude) ?? BigUInt(0)
        return (value < 0 ? "-" : "") + big.decimalString()
    }

    /// The `xsd:double` form: `(value).toExponential(15)` with trailing zeros of the mantissa removed
    /// (keeping one digit after the point) and the exponent without `+`.
    static func double(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-INF" : "INF") }
        if value == 0 { return "0.0E0" }
        let (digits, exponent) = roundedDigits(value.magnitude)
        var out = value < 0 ? "-" : ""
        var trimmed = digits
        while trimmed.count > 2, trimmed.last == UInt8(ascii: "0") { trimmed.removeLast() }
        out += String(decoding: trimmed[0...0], as: UTF8.self)
        out += "."
        out += String(decoding: trimmed[1...], as: UTF8.self)
        out += "E"
        out += String(exponent)
        return out
    }

    /// The 16 significant digits of `value` (positive, finite) rounded as ECMAScript's `toExponential(15)`
    /// does (to nearest, ties to the larger), and the decimal exponent of the first digit.
    static func roundedDigits(_ value: Double) -> (digits: [UInt8], exponent: Int) {
        // value = significand × 2^e exactly.
        let significand = value.significandBitPattern | (value.exponentBitPattern == 0 ? 0 : (1 << 52))
        let e = value.exponentBitPattern == 0 ? -1074 : Int(value.exponentBitPattern) - 1075
        var exponent = Int((value.magnitude).exponent10Estimate())
        for _ in 0..<4 {
            // n = value × 10^(15 − exponent), as numerator / denominator.
            var numerator = BigUInt(significand)
            var denominator = BigUInt(1)
            if e >= 0 { numerator.shiftLeft(e) } else { denominator.shiftLeft(-e) }
            let scale = 15 - exponent
            if scale >= 0 { numerator.multiply(byPowerOfTen: scale) } else { denominator.multiply(byPowerOfTen: -scale) }
            var (quotient, remainder) = numerator.divided(by: denominator)
            if quotient >= 10_000_000_000_000_000 { exponent += 1; continue }
            if quotient < 1_000_000_000_000_000 { exponent -= 1; continue }
            remainder.shiftLeft(1)
            if remainder.compare(denominator) >= 0 { quotient += 1 }
            if quotient == 10_000_000_000_000_000 {
                quotient = 1_000_000_000_000_000
                exponent += 1
            }
            return (Array(String(quotient).utf8), exponent)
        }
        // Unreachable for finite positive doubles; keep a sane answer rather than trap.
        return (Array("1000000000000000".utf8), exponent)
    }
}

private extension Double {
    /// floor(log10(self)) or one off; the caller corrects it.
    func exponent10Estimate() -> Int {
        var e = 0
        var x = self
        // Avoid Foundation's log10: scale by powers of ten.
        while x >= 1e16 { x /= 1e16; e += 16 }
        while x >= 10 { x /= 10; e += 1 }
        while x < 1e-16 { x *= 1e16; e -= 16 }
        while x < 1 { x *= 10; e -= 1 }
        return e
    }
}

/// A minimal unsigned big integer (little-endian 32-bit limbs), enough for exact decimal conversion of
/// doubles.
struct BigUInt {
    private(set) var limbs: [UInt32]

    init(_ value: UInt64) {
        limbs = [UInt32(truncatingIfNeeded: value), UInt32(truncatingIfNeeded: value >> 32)]
        normalize()
    }

    /// The integer value of a non-negative integral double.
    init?(exactIntegerOf value: Double) {
        guard value.isFinite, value >= 0, value.rounded(.towardZero) == value else { return nil }
        let significand = value.significandBitPattern | (value.exponentBitPattern == 0 ? 0 : (1 << 52))
        let e = value.exponentBitPattern == 0 ? -1074 : Int(value.exponentBitPattern) - 1075
        self.init(significand)
        if e >= 0 { shiftLeft(e) } else { shiftRight(-e) }
    }

    private mutating func normalize() {
        while let last = limbs.last, last == 0 { limbs.removeLast() }
    }

    var isZero: Bool { limbs.isEmpty }

    mutating func shiftLeft(_ bits: Int) {
        guard bits > 0, !isZero else { return }
        let whole = bits / 32, part = bits % 32
        if part > 0 {
            var carry: UInt32 = 0
            for i in limbs.indices {
                let v = limbs[i]
                limbs[i] = (v << UInt32(part)) | carry
                carry = v >> UInt32(32 - part)
            }
            if carry != 0 { limbs.append(carry) }
        }
        if whole > 0 { limbs.insert(contentsOf: repeatElement(0, count: whole), at: 0) }
    }

    mutating func shiftRight(_ bits: Int) {
        guard bits > 0 else { return }
        let whole = bits / 32, part = bits % 32
        if whole >= limbs.count { limbs = []; return }
        limbs.removeFirst(whole)
        if part > 0 {
            for i in limbs.indices {
                let high: UInt32 = i + 1 < limbs.count ? limbs[i + 1] << UInt32(32 - part) : 0
                limbs[i] = (limbs[i] >> UInt32(part)) | high
            }
        }
        normalize()
    }

    mutating func multiply(by factor: UInt32) {
        var carry: UInt64 = 0
        for i in limbs.indices {
            let product = UInt64(limbs[i]) * UInt64(factor) + carry
            limbs[i] = UInt32(truncatingIfNeeded: product)
            carry = product >> 32
        }
        if carry != 0 { limbs.append(UInt32(carry)) }
        normalize()
    }

    mutating func multiply(byPowerOfTen power: Int) {
        var remaining = power
        while remaining >= 9 { multiply(by: 1_000_000_000); remaining -= 9 }
        if remaining > 0 {
            var factor: UInt32 = 1
            for _ in 0..<remaining { factor *= 10 }
            multiply(by: factor)
        }
    }

    func compare(_ other: BigUInt) -> Int {
        if limbs.count != other.limbs.count { return limbs.count < other.limbs.count ? -1 : 1 }
        var i = limbs.count - 1
        while i >= 0 {
            if limbs[i] != other.limbs[i] { return limbs[i] < other.limbs[i] ? -1 : 1 }
            i -= 1
        }
        return 0
    }

    /// self −= other; requires self ≥ other.
    mutating func subtract(_ other: BigUInt) {
        var borrow: Int64 = 0
        for i in limbs.indices {
            var v = Int64(limbs[i]) - borrow - (i < other.limbs.count ? Int64(other.limbs[i]) : 0)
            if v < 0 { v += 1 << 32; borrow = 1 } else { borrow = 0 }
            limbs[i] = UInt32(truncatingIfNeeded: v)
        }
        normalize()
    }

    /// Quotient (which must fit in 64 bits, as it does for the digit extraction here) and remainder.
    func divided(by divisor: BigUInt) -> (UInt64, BigUInt) {
        var remainder = self
        var quotient: UInt64 = 0
        var bit = 63
        while bit >= 0 {
            var shifted = divisor
            shifted.shiftLeft(bit)
            if remainder.compare(shifted) >= 0 {
                remainder.subtract(shifted)
                quotient |= (1 << UInt64(bit))
            }
            bit -= 1
        }
        return (quotient, remainder)
    }

    /// Divides by a small divisor in place and returns the remainder.
    mutating func divide(bySmall divisor: UInt32) -> UInt32 {
        var remainder: UInt64 = 0
        var i = limbs.count - 1
        while i >= 0 {
            let current = (remainder << 32) | UInt64(limbs[i])
            limbs[i] = UInt32(current / UInt64(divisor))
            remainder = current % UInt64(divisor)
            i -= 1
        }
        normalize()
        return UInt32(remainder)
    }

    func decimalString() -> String {
        if isZero { return "0" }
        var value = self
        var chunks: [UInt32] = []
        while !value.isZero { chunks.append(value.divide(bySmall: 1_000_000_000)) }
        var out = String(chunks.removeLast())
        for chunk in chunks.reversed() {
            let text = String(chunk)
            out += String(repeating: "0", count: 9 - text.count) + text
        }
        return out
    }
}
