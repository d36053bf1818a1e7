/// RFC 3339 `date-time`, `full-date`, `full-time` (§5.6) and `duration` (Appendix A).
enum SchemaDateTimeFormat {
    static func checkDateTime(_ value: String) -> String? {
        let bytes = Array(value.utf8)
        guard bytes.count >= 20, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t") else {
            return "expected a full date, 'T', and a full time with offset"
        }
        if let problem = checkDate(bytes[0..<10]) { return problem }
        return checkTime(bytes[11...])
    }

    static func checkDate(_ value: String) -> String? { checkDate(Array(value.utf8)[...]) }

    static func checkTime(_ value: String) -> String? { checkTime(Array(value.utf8)[...]) }

    /// `date-fullyear "-" date-month "-" date-mday`, with the day valid for the month and year.
    static func checkDate(_ bytes: ArraySlice<UInt8>) -> String? {
        let b = Array(bytes)
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
              let year = digits(b[0..<4]), let month = digits(b[5..<7]), let day = digits(b[8..<10])
        else { return "expected a date as YYYY-MM-DD" }
        guard (1...12).contains(month) else { return "month \(month) is out of range" }
        guard day >= 1, day <= daysIn(month: month, year: year) else { return "day \(day) does not exist in that month" }
        return nil
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// `partial-time time-offset`; a leap second must fall on 23:59:60 UTC.
    static func checkTime(_ bytes: ArraySlice<UInt8>) -> String? {
        let b = Array(bytes)
        guard b.count >= 9, b[2] == UInt8(ascii: ":"), b[5] == UInt8(ascii: ":"),
              let hour = digits(b[0..<2]), let minute = digits(b[3..<5]), let second = digits(b[6..<8])
        else { return "expected a time as HH:MM:SS with an offset" }
        var index = 8
        if b[index] == UInt8(ascii: ".") {
            index += 1
            let start = index
            while index < b.count, isDigit(b[index]) { index += 1 }
            guard index > start else { return "a fraction of a second needs digits" }
        }
        guard index < b.count else { return "a time needs an offset (Z or ±HH:MM)" }
        var offsetMinutes = 0
        switch b[index] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            index += 1
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            let sign = b[index] == UInt8(ascii: "-") ? -1 : 1
            guard b.count - index == 6, b[index + 3] == UInt8(ascii: ":"),
                  let offsetHour = digits(b[(index + 1)..<(index + 3)]), let offsetMinute = digits(b[(index + 4)..<(index + 6)])
            else { return "an offset is Z or ±HH:MM" }
            guard offsetHour <= 23, offsetMinute <= 59 else { return "the offset is out of range" }
            offsetMinutes = sign * (offsetHour * 60 + offsetMinute)
            index += 6
        default:
            return "a time needs an offset (Z or ±HH:MM)"
        }
        guard index == b.count else { return "unexpected characters after the offset" }
        guard hour <= 23, minute <= 59, second <= 60 else { return "the time is out of range" }
        if second == 60 {
            let utc = ((hour * 60 + minute - offsetMinutes) % 1440 + 1440) % 1440
            guard utc == 23 * 60 + 59 else { return "a leap second can only be 23:59:60 UTC" }
        }
        return nil
    }

    /// RFC 3339 Appendix A: `P` then weeks alone, or date parts (Y, M, D in order, each optionally
    /// followed only by the next) and/or a `T` with time parts (H, M, S likewise).
    static func checkDuration(_ value: String) -> String? {
        let b = Array(value.utf8)
        guard b.first == UInt8(ascii: "P"), b.count > 1 else { return "a duration starts with P" }
        var index = 1
        func element() -> (Int, UInt8)? {
            let start = index
            while index < b.count, isDigit(b[index]) { index += 1 }
            guard index > start, index < b.count else { return nil }
            let designator = b[index]
            index += 1
            return (index - start - 1, designator)
        }
        let invalid = "not an RFC 3339 duration"
        // Weeks stand alone.
        if let last = b.last, last == UInt8(ascii: "W") {
            guard b.count > 2, b[1..<(b.count - 1)].allSatisfy(isDigit) else { return invalid }
            return nil
        }
        var sawDate = false
        let dateOrder: [UInt8] = [UInt8(ascii: "Y"), UInt8(ascii: "M"), UInt8(ascii: "D")]
        var expected = 0
        while index < b.count, b[index] != UInt8(ascii: "T") {
            guard let (_, designator) = element(), let position = dateOrder.firstIndex(of: designator) else {
                return invalid
            }
            // Each part may only be followed by the next one: Y[M[D]], M[D], D.
            guard position >= expected, !sawDate || position == expected else { return invalid }
            expected = position + 1
            sawDate = true
        }
        if index < b.count {
            index += 1 // T
            let timeOrder: [UInt8] = [UInt8(ascii: "H"), UInt8(ascii: "M"), UInt8(ascii: "S")]
            var sawTime = false
            var next = 0
            while index < b.count {
                guard let (_, designator) = element(), let position = timeOrder.firstIndex(of: designator) else {
                    return invalid
                }
                guard position >= next, !sawTime || position == next else { return invalid }
                next = position + 1
                sawTime = true
            }
            guard sawTime else { return "T must be followed by hours, minutes or seconds" }
        } else if !sawDate {
            return invalid
        }
        return nil
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    static func digits(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in bytes {
            guard isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }
}
