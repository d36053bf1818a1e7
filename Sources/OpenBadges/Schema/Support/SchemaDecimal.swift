/// A JSON number as an exact decimal: sign × significand × 10^exponent, read from the literal.
///
/// Doubles cannot decide `0.0075` multipleOf `0.0001`, or tell `12345678901234567890` from
/// `12345678901234567891`; the literal can. The significand keeps no leading or trailing zeros, so
/// one value has one representation and integrality is `exponent >= 0`.
struct SchemaDecimal: Sendable, Equatable {
    var isNegative: Bool
    /// Decimal digits (0...9), most significant first; empty for zero.
    var digits: [UInt8]
    var exponent: Int

    /// Literal exponents are clamped to this magnitude; anything beyond over- or underflows every
    /// comparison the same way, and the clamp keeps arithmetic on exponents from overflowing.
    static let exponentClamp = 1 << 40

    var isZero: Bool { digits.isEmpty }
    var isInteger: Bool { digits.isEmpty || exponent >= 0 }

    /// Parses a JSON number literal (`-?int(.frac)?([eE][+-]?digits)?`); `nil` for anything else.
    init?(literal: String) {
        var bytes = literal.utf8[...]
        isNegative = bytes.first == UInt8(ascii: "-")
        if isNegative { bytes = bytes.dropFirst() }
        var all: [UInt8] = []
        var fractionDigits = 0
        var sawDigit = false
        var inFraction = false
        var exponentPart = 0
        while let byte = bytes.first {
            if byte >= 0x30 && byte <= 0x39 {
                all.append(byte - 0x30)
                sawDigit = true
                if inFraction { fractionDigits += 1 }
                bytes = bytes.dropFirst()
            } else if byte == UInt8(ascii: ".") && !inFraction {
                inFraction = true
                bytes = bytes.dropFirst()
            } else {
                break
            }
        }
        guard sawDigit else { return nil }
        if let marker = bytes.first {
            guard marker == UInt8(ascii: "e") || marker == UInt8(ascii: "E") else { return nil }
            bytes = bytes.dropFirst()
            var negativeExponent = false
            if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") {
                negativeExponent = bytes.first == UInt8(ascii: "-")
                bytes = bytes.dropFirst()
            }
            guard !bytes.isEmpty else { return nil }
            for byte in bytes {
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                exponentPart = min(exponentPart * 10 + Int(byte - 0x30), Self.exponentClamp)
            }
            if negativeExponent { exponentPart = -exponentPart }
        }
        // Strip leading zeros, then trailing zeros into the exponent.
        let firstNonZero = all.firstIndex(where: { $0 != 0 }) ?? all.endIndex
        var significand = Array(all[firstNonZero...])
        var exponent = exponentPart - fractionDigits
        while let last = significand.last, last == 0 {
            significand.removeLast()
            exponent += 1
        }
        self.digits = significand
        self.exponent = significand.isEmpty ? 0 : exponent
        if significand.isEmpty { isNegative = false }
    }

    init?(_ number: JSONNumber) { self.init(literal: number.literal) }

    /// The position of the most significant digit: value magnitude lies in [10^(m-1), 10^m).
    private var magnitude: Int { digits.count + exponent }

    /// Three-way comparison of values.
    static func compare(_ a: SchemaDecimal, _ b: SchemaDecimal) -> Int {
        if a.isZero && b.isZero { return 0 }
        let aSign = a.isZero ? 0 : (a.isNegative ? -1 : 1)
        let bSign = b.isZero ? 0 : (b.isNegative ? -1 : 1)
        if aSign != bSign { return aSign < bSign ? -1 : 1 }
        let absolute = compareMagnitudes(a, b)
        return aSign < 0 ? -absolute : absolute
    }

    private static func compareMagnitudes(_ a: SchemaDecimal, _ b: SchemaDecimal) -> Int {
        if a.magnitude != b.magnitude { return a.magnitude < b.magnitude ? -1 : 1 }
        for i in 0..<max(a.digits.count, b.digits.count) {
            let x = i < a.digits.count ? a.digits[i] : 0
            let y = i < b.digits.count ? b.digits[i] : 0
            if x != y { return x < y ? -1 : 1 }
        }
        return 0
    }

    /// Whether `self / divisor` is an integer; `nil` when the divisor is zero.
    ///
    /// With x = X·10^p and m = M·10^q: if p ≥ q the question is M | X·10^(p−q), answered by modular
    /// exponentiation so huge exponent gaps stay cheap; if p < q, m has more trailing decimal places
    /// removed than x, and M·10^(q−p) | X needs X to have at least as many digits.
    func isMultiple(of divisor: SchemaDecimal) -> Bool? {
        if divisor.isZero { return nil }
        if isZero { return true }
        let x = SchemaBigUInt(decimalDigits: digits)
        let m = SchemaBigUInt(decimalDigits: divisor.digits)
        if exponent >= divisor.exponent {
            let gap = exponent - divisor.exponent
            let scaled = SchemaBigUInt.modularPowerOfTen(gap, modulus: m)
            return x.multiplied(by: scaled).remainder(dividingBy: m).isZero
        }
        let gap = divisor.exponent - exponent
        if gap > digits.count { return false }
        let scaledDivisor = m.multiplied(by: SchemaBigUInt.powerOfTen(gap))
        return x.remainder(dividingBy: scaledDivisor).isZero
    }
}
