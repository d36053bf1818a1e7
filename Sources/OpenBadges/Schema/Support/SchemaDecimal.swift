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

/// Unsigned arbitrary-precision integers, only as far as exact `multipleOf` needs.
struct SchemaBigUInt: Sendable, Equatable {
    /// Base-2^32 limbs, least significant first, without leading zero limbs.
    private(set) var limbs: [UInt32]

    init(_ value: UInt32 = 0) { limbs = value == 0 ? [] : [value] }

    private init(limbs: [UInt32]) {
        self.limbs = limbs
        normalize()
    }

    init(decimalDigits: [UInt8]) {
        var result = SchemaBigUInt()
        // Nine digits at a time keep the multiply-add inside 32-bit chunks.
        var index = 0
        while index < decimalDigits.count {
            let end = min(index + 9, decimalDigits.count)
            var chunk: UInt32 = 0
            var scale: UInt32 = 1
            for digit in decimalDigits[index..<end] {
                chunk = chunk * 10 + UInt32(digit)
                scale *= 10
            }
            result.multiplyAdd(scale, chunk)
            index = end
        }
        self = result
    }

    var isZero: Bool { limbs.isEmpty }

    private mutating func normalize() {
        while let last = limbs.last, last == 0 { limbs.removeLast() }
    }

    private mutating func multiplyAdd(_ factor: UInt32, _ addend: UInt32) {
        var carry = UInt64(addend)
        for i in limbs.indices {
            let product = UInt64(limbs[i]) * UInt64(factor) + carry
            limbs[i] = UInt32(truncatingIfNeeded: product)
            carry = product >> 32
        }
        if carry != 0 { limbs.append(UInt32(carry)) }
    }

    static func powerOfTen(_ exponent: Int) -> SchemaBigUInt {
        var result = SchemaBigUInt(1)
        var remaining = exponent
        while remaining > 0 {
            let step = min(remaining, 9)
            var factor: UInt32 = 1
            for _ in 0..<step { factor *= 10 }
            result.multiplyAdd(factor, 0)
            remaining -= step
        }
        return result
    }

    /// 10^exponent mod modulus by square-and-multiply.
    static func modularPowerOfTen(_ exponent: Int, modulus: SchemaBigUInt) -> SchemaBigUInt {
        var result = SchemaBigUInt(1).remainder(dividingBy: modulus)
        var base = SchemaBigUInt(10).remainder(dividingBy: modulus)
        var remaining = exponent
        while remaining > 0 {
            if remaining & 1 == 1 { result = result.multiplied(by: base).remainder(dividingBy: modulus) }
            remaining >>= 1
            if remaining > 0 { base = base.multiplied(by: base).remainder(dividingBy: modulus) }
        }
        return result
    }

    func multiplied(by other: SchemaBigUInt) -> SchemaBigUInt {
        if isZero || other.isZero { return SchemaBigUInt() }
        var result = [UInt32](repeating: 0, count: limbs.count + other.limbs.count)
        for i in limbs.indices {
            var carry: UInt64 = 0
            let a = UInt64(limbs[i])
            for j in other.limbs.indices {
                let t = a * UInt64(other.limbs[j]) + UInt64(result[i + j]) + carry
                result[i + j] = UInt32(truncatingIfNeeded: t)
                carry = t >> 32
            }
            var k = i + other.limbs.count
            while carry != 0 {
                let t = UInt64(result[k]) + carry
                result[k] = UInt32(truncatingIfNeeded: t)
                carry = t >> 32
                k += 1
            }
        }
        return SchemaBigUInt(limbs: result)
    }

    private var bitWidth: Int {
        guard let last = limbs.last else { return 0 }
        return (limbs.count - 1) * 32 + (32 - last.leadingZeroBitCount)
    }

    private func bit(_ index: Int) -> Bool {
        (limbs[index / 32] >> UInt32(index % 32)) & 1 == 1
    }

    private static func compare(_ a: SchemaBigUInt, _ b: SchemaBigUInt) -> Int {
        if a.limbs.count != b.limbs.count { return a.limbs.count < b.limbs.count ? -1 : 1 }
        for i in stride(from: a.limbs.count - 1, through: 0, by: -1) where a.limbs[i] != b.limbs[i] {
            return a.limbs[i] < b.limbs[i] ? -1 : 1
        }
        return 0
    }

    private mutating func shiftLeftOne(or lowBit: Bool) {
        var carry: UInt32 = lowBit ? 1 : 0
        for i in limbs.indices {
            let next = limbs[i] >> 31
            limbs[i] = limbs[i] << 1 | carry
            carry = next
        }
        if carry != 0 { limbs.append(carry) }
    }

    private mutating func subtract(_ other: SchemaBigUInt) {
        var borrow: Int64 = 0
        for i in limbs.indices {
            var t = Int64(limbs[i]) - borrow - (i < other.limbs.count ? Int64(other.limbs[i]) : 0)
            borrow = 0
            if t < 0 { t += 1 << 32; borrow = 1 }
            limbs[i] = UInt32(t)
        }
        normalize()
    }

    /// `self mod divisor` by binary long division; the divisor is never zero here.
    func remainder(dividingBy divisor: SchemaBigUInt) -> SchemaBigUInt {
        if divisor.isZero { return self }
        if SchemaBigUInt.compare(self, divisor) < 0 { return self }
        if divisor.limbs.count == 1 {
            let d = UInt64(divisor.limbs[0])
            var r: UInt64 = 0
            for limb in limbs.reversed() { r = ((r << 32) | UInt64(limb)) % d }
            return SchemaBigUInt(UInt32(r))
        }
        var r = SchemaBigUInt()
        for index in stride(from: bitWidth - 1, through: 0, by: -1) {
            r.shiftLeftOne(or: bit(index))
            if SchemaBigUInt.compare(r, divisor) >= 0 { r.subtract(divisor) }
        }
        return r
    }
}
