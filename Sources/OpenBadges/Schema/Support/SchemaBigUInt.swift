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
