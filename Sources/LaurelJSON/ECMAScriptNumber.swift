/// ECMAScript's `Number::toString` for finite doubles: the number form RFC 8785 (JCS) requires.
///
/// Swift's `description` already yields the shortest digits that round-trip (and, among those, the
/// closest), which is the digit string ECMAScript asks for; only the layout differs (where the exponent
/// starts, `1e+21` vs `1e21`, `100.0` vs `100`). So this takes the digits and decimal exponent from
/// `description` and lays them out by the ECMAScript rules.
public enum ECMAScriptNumber {
    /// The shortest round-trip decimal digits `d1 d2 … dk` (no leading or trailing zeros) and the exponent
    /// `n` such that the value is `0.d1…dk × 10^n`; `nil` for zero.
    public static func decimalDigits(of value: Double) -> (digits: [UInt8], exponent: Int)? {
        guard value != 0, value.isFinite else { return nil }
        let text = Array(value.magnitude.description.utf8)  // "123.45", "1e-07", "1.2345e+20", "5e-324"
        var mantissa = text[...]
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            mantissa = text[..<e]
            var sign = 1
            var i = e + 1
            if i < text.count, text[i] == UInt8(ascii: "+") || text[i] == UInt8(ascii: "-") {
                if text[i] == UInt8(ascii: "-") { sign = -1 }
                i += 1
            }
            var magnitude = 0
            while i < text.count { magnitude = magnitude * 10 + Int(text[i] &- 48); i += 1 }
            exponent = sign * magnitude
        }
        var digits: [UInt8] = []
        digits.reserveCapacity(mantissa.count)
        var integerDigits = 0
        var seenPoint = false
        for byte in mantissa {
            if byte == UInt8(ascii: ".") { seenPoint = true; continue }
            digits.append(byte)
            if !seenPoint { integerDigits += 1 }
        }
        var n = integerDigits + exponent
        var leading = 0
        while leading < digits.count, digits[leading] == UInt8(ascii: "0") { leading += 1; n -= 1 }
        digits.removeFirst(leading)
        while let last = digits.last, last == UInt8(ascii: "0") { digits.removeLast() }
        return digits.isEmpty ? nil : (digits, n)
    }

    /// `Number::toString(value)`; `-0` gives `"0"`. Callers guarantee `value` is finite.
    public static func format(_ value: Double) -> String {
        guard let (digits, n) = decimalDigits(of: value) else { return "0" }
        var out: [UInt8] = []
        out.reserveCapacity(digits.count + 8)
        if value < 0 { out.append(UInt8(ascii: "-")) }
        let k = digits.count
        if k <= n && n <= 21 {
            out.append(contentsOf: digits)
            out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: n - k))
        } else if 0 < n && n <= 21 {
            out.append(contentsOf: digits[..<n])
            out.append(UInt8(ascii: "."))
            out.append(contentsOf: digits[n...])
        } else if -6 < n && n <= 0 {
            out.append(contentsOf: [UInt8(ascii: "0"), UInt8(ascii: ".")])
            out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: -n))
            out.append(contentsOf: digits)
        } else {
            out.append(digits[0])
            if k > 1 {
                out.append(UInt8(ascii: "."))
                out.append(contentsOf: digits[1...])
            }
            out.append(UInt8(ascii: "e"))
            out.append(n - 1 >= 0 ? UInt8(ascii: "+") : UInt8(ascii: "-"))
            out.append(contentsOf: String((n - 1).magnitude).utf8)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
