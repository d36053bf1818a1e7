/// Reads a grade written as a number: "85", "85.5", "85,5", "1 234,5", "0.8333333333333334", "1E-03",
/// "85%", "85,00 %".
///
/// The grammar is checked here, character by character, before `Double` sees the text: `Double("inf")`,
/// `Double("0x1p3")` and `Double("nan")` parse, and none of them is a grade.
enum NumberReading {
    struct Number: Equatable {
        var value: Double
        /// The cell ended with a percent sign; `value` is then the number before it (85 for "85%").
        var isPercent: Bool
    }

    private static let maxLength = 64

    static func parse(_ text: String, decimal: DecimalSeparator) -> Number? {
        var scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty, scalars.count <= maxLength else { return nil }
        var isPercent = false
        if scalars.last == "%" {
            isPercent = true
            scalars.removeLast()
            while let last = scalars.last, isSpace(last) { scalars.removeLast() }
        }
        var sign = ""
        if let first = scalars.first, first == "-" || first == "+" || first == "\u{2212}" {
            sign = first == "+" ? "" : "-"
            scalars.removeFirst()
        }
        var exponent = ""
        if let e = scalars.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            var digits = scalars[(e + 1)...]
            var expSign = ""
            if let first = digits.first, first == "-" || first == "+" {
                expSign = first == "-" ? "-" : ""
                digits = digits.dropFirst()
            }
            guard (1...3).contains(digits.count), digits.allSatisfy(isDigit) else { return nil }
            exponent = "e" + expSign + String(String.UnicodeScalarView(digits))
            scalars.removeSubrange(e...)
        }
        guard let mantissa = mantissa(scalars, decimal: decimal) else { return nil }
        guard let value = Double(sign + mantissa + exponent), value.isFinite else { return nil }
        return Number(value: value, isPercent: isPercent)
    }

    /// The mantissa as plain ASCII digits with at most one "." (grouping removed), or `nil`.
    private static func mantissa(_ scalars: [Unicode.Scalar], decimal: DecimalSeparator) -> String? {
        guard scalars.contains(where: isDigit),
              scalars.allSatisfy({ isDigit($0) || $0 == "." || $0 == "," || isGroupingSpace($0) })
        else { return nil }
        let points = scalars.filter { $0 == "." }.count
        let commas = scalars.filter { $0 == "," }.count
        let decimalMark: Unicode.Scalar?
        switch decimal {
        case .point: decimalMark = points > 0 ? "." : nil
        case .comma: decimalMark = commas > 0 ? "," : nil
        case .auto:
            if points > 0 && commas > 0 {
                decimalMark = scalars.last(where: { $0 == "." || $0 == "," })
            } else if points == 1 {
                decimalMark = "."
            } else if commas == 1 {
                decimalMark = ","
            } else {
                decimalMark = nil  // none, or several of one kind: those group thousands
            }
        }
        var integerPart = scalars[...]
        var fraction = scalars[scalars.endIndex...]
        if let decimalMark {
            guard scalars.filter({ $0 == decimalMark }).count == 1,
                  let index = scalars.firstIndex(of: decimalMark)
            else { return nil }
            integerPart = scalars[..<index]
            fraction = scalars[(index + 1)...]
            guard fraction.allSatisfy(isDigit) else { return nil }
        }
        guard let integerDigits = ungrouped(integerPart) else { return nil }
        guard !integerDigits.isEmpty || !fraction.isEmpty else { return nil }
        let whole = integerDigits.isEmpty ? "0" : integerDigits
        return fraction.isEmpty ? whole : whole + "." + String(String.UnicodeScalarView(fraction))
    }

    /// The integer part without its thousands separators, which must group by three ("1.234.567",
    /// "1 234"); a separator anywhere else means the text is not a number.
    private static func ungrouped(_ part: ArraySlice<Unicode.Scalar>) -> String? {
        let groups = part.split(omittingEmptySubsequences: false) { !isDigit($0) }
        if groups.count > 1 {
            guard let first = groups.first, (1...3).contains(first.count),
                  groups.dropFirst().allSatisfy({ $0.count == 3 })
            else { return nil }
            // One kind of separator throughout.
            let separators = Set(part.filter { !isDigit($0) }.map { isGroupingSpace($0) ? " " : $0 })
            guard separators.count == 1 else { return nil }
        }
        return String(String.UnicodeScalarView(part.filter(isDigit)))
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar >= "0" && scalar <= "9" }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\u{A0}" || scalar == "\u{202F}"
    }

    /// Spaces French and other locales put between thousands: space, no-break space, narrow no-break space.
    private static func isGroupingSpace(_ scalar: Unicode.Scalar) -> Bool { isSpace(scalar) }
}
