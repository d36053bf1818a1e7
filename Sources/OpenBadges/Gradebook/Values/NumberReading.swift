/// Reads a grade written as a number: "85", "85.5", "85,5", "1 234,5", "0.8333333333333334", "1E-03",
/// "85%", "85,00 %".
///
/// The grammar is checked here, byte by byte, before `Double` sees the text: `Double("inf")`,
/// `Double("0x1p3")` and `Double("nan")` parse, and none of them is a grade.
enum NumberReading {
    struct Number: Equatable {
        var value: Double
        /// The cell ended with a percent sign; `value` is then the number before it (85 for "85%").
        var isPercent: Bool
    }

    private static let maxLength = 64
    private static let space = UInt8(ascii: " "), point = UInt8(ascii: "."), comma = UInt8(ascii: ",")
    private static let minus = UInt8(ascii: "-"), plus = UInt8(ascii: "+"), percent = UInt8(ascii: "%")

    static func parse(_ text: String, decimal: DecimalSeparator) -> Number? {
        // A number starts with a digit, a sign, a separator or U+2212 (lead byte 0xE2); a word is ruled
        // out here, before anything is allocated.
        guard let lead = text.utf8.first,
              (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(lead) || lead == plus || lead == minus || lead == point
                || lead == comma || lead == 0xE2
        else { return nil }
        // Spreadsheets write no-break spaces between thousands and before "%", and some a real minus
        // sign; everything else outside ASCII means the cell is not a number. Letters other than an
        // exponent's "e" stop the scan at once, which keeps words cheap to rule out.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(text.utf8.count, maxLength))
        for scalar in text.unicodeScalars {
            guard bytes.count < maxLength else { return nil }
            switch scalar {
            case "0"..."9", ".", ",", " ", "%", "+", "-", "e", "E": bytes.append(UInt8(scalar.value))
            case "\u{A0}", "\u{202F}": bytes.append(space)
            case "\u{2212}": bytes.append(minus)
            default: return nil
            }
        }
        var isPercent = false
        if bytes.last == percent {
            isPercent = true
            bytes.removeLast()
            while bytes.last == space { bytes.removeLast() }
        }
        var sign = ""
        if let first = bytes.first, first == minus || first == plus {
            sign = first == minus ? "-" : ""
            bytes.removeFirst()
        }
        var exponent = ""
        if let e = bytes.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            var digits = bytes[(e + 1)...]
            var expSign = ""
            if let first = digits.first, first == minus || first == plus {
                expSign = first == minus ? "-" : ""
                digits = digits.dropFirst()
            }
            guard (1...3).contains(digits.count), digits.allSatisfy(isDigit) else { return nil }
            exponent = "e" + expSign + String(decoding: digits, as: UTF8.self)
            bytes.removeSubrange(e...)
        }
        guard let mantissa = mantissa(bytes, decimal: decimal) else { return nil }
        guard let value = Double(sign + mantissa + exponent), value.isFinite else { return nil }
        return Number(value: value, isPercent: isPercent)
    }

    /// The mantissa as plain ASCII digits with at most one "." (grouping removed), or `nil`.
    private static func mantissa(_ bytes: [UInt8], decimal: DecimalSeparator) -> String? {
        var points = 0, commas = 0, digits = 0
        for byte in bytes {
            switch byte {
            case point: points += 1
            case comma: commas += 1
            case space: break
            default:
                guard isDigit(byte) else { return nil }  // a sign or "%" in the middle
                digits += 1
            }
        }
        guard digits > 0 else { return nil }
        let decimalMark: UInt8?
        switch decimal {
        case .point: decimalMark = points > 0 ? point : nil
        case .comma: decimalMark = commas > 0 ? comma : nil
        case .auto:
            if points > 0 && commas > 0 {
                decimalMark = bytes.last { $0 == point || $0 == comma }
            } else if points == 1 {
                decimalMark = point
            } else if commas == 1 {
                decimalMark = comma
            } else {
                decimalMark = nil  // none, or several of one kind: those group thousands
            }
        }
        var integerPart = bytes[...]
        var fraction = bytes[bytes.endIndex...]
        if let decimalMark {
            guard (decimalMark == point ? points : commas) == 1, let index = bytes.firstIndex(of: decimalMark) else {
                return nil
            }
            integerPart = bytes[..<index]
            fraction = bytes[(index + 1)...]
            guard fraction.allSatisfy(isDigit) else { return nil }
        }
        guard let integerDigits = ungrouped(integerPart) else { return nil }
        guard !integerDigits.isEmpty || !fraction.isEmpty else { return nil }
        let whole = integerDigits.isEmpty ? "0" : integerDigits
        return fraction.isEmpty ? whole : whole + "." + String(decoding: fraction, as: UTF8.self)
    }

    /// The integer part without its thousands separators, which must group by three ("1.234.567",
    /// "1 234") and be of one kind; a separator anywhere else means the text is not a number.
    private static func ungrouped(_ part: ArraySlice<UInt8>) -> String? {
        let groups = part.split(omittingEmptySubsequences: false) { !isDigit($0) }
        if groups.count > 1 {
            guard let first = groups.first, (1...3).contains(first.count),
                  groups.dropFirst().allSatisfy({ $0.count == 3 })
            else { return nil }
            let separators = Set(part.filter { !isDigit($0) })
            guard separators.count == 1 else { return nil }
        }
        return String(decoding: part.filter(isDigit), as: UTF8.self)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
