/// Writes the blank node identifiers RDFC-1.0 issues: `c14n<n>` (canonical) and `b<n>` (temporary).
enum BlankNodeLabelWriter {
    /// `c14n<number>`.
    @inline(__always)
    static func appendCanonical(_ number: Int, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "c"))
        out.append(UInt8(ascii: "1"))
        out.append(UInt8(ascii: "4"))
        out.append(UInt8(ascii: "n"))
        appendDecimal(number, to: &out)
    }

    /// Writes `_:c14n<number>` at `destination`, or only measures it when `destination` is nil; returns
    /// its length.
    @inline(__always)
    static func emitCanonical(_ number: Int, into destination: UnsafeMutablePointer<UInt8>?) -> Int {
        var digits = 1
        var rest = number / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        guard let destination else { return 6 + digits }
        destination[0] = UInt8(ascii: "_")
        destination[1] = UInt8(ascii: ":")
        destination[2] = UInt8(ascii: "c")
        destination[3] = UInt8(ascii: "1")
        destination[4] = UInt8(ascii: "4")
        destination[5] = UInt8(ascii: "n")
        var value = number
        for index in stride(from: 5 + digits, to: 5, by: -1) {
            destination[index] = 0x30 &+ UInt8(truncatingIfNeeded: value % 10)
            value /= 10
        }
        return 6 + digits
    }

    /// `b<number>`.
    @inline(__always)
    static func appendTemporary(_ number: Int, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "b"))
        appendDecimal(number, to: &out)
    }

    /// The decimal digits of a non-negative number.
    @inline(__always)
    static func appendDecimal(_ number: Int, to out: inout [UInt8]) {
        if number < 10 {
            out.append(0x30 &+ UInt8(truncatingIfNeeded: number))
            return
        }
        var digits = 1
        var rest = number / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        let end = out.count + digits
        out.append(contentsOf: repeatElement(0x30, count: digits))
        var value = number
        var index = end - 1
        while value > 0 {
            out[index] = 0x30 &+ UInt8(truncatingIfNeeded: value % 10)
            value /= 10
            index -= 1
        }
    }
}
