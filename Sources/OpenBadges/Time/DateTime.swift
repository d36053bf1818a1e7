#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A date-time as Open Badges 3.0 and Verifiable Credentials write it: RFC 3339 / xsd:dateTime, for example
/// `2024-05-01T09:30:00Z` or `2024-05-01T11:30:00.250+02:00`.
///
/// Parsing is strict: four-digit year, two-digit fields, upper-case `T` and `Z`, optional fractional seconds
/// (kept digit for digit), an offset of at most ±14:00, no leap second and no `24:00:00` (the forms both
/// RFC 3339 and XML Schema accept). A time zone is required unless the caller explicitly allows its absence;
/// such a value is read as UTC and `hasTimeZone` is `false`, so a verifier can warn about it.
///
/// The value remembers its text: `description` and `text` give back exactly what was parsed. Comparison and
/// equality are by instant, so `2010-01-01T01:00:00+01:00 == 2010-01-01T00:00:00Z`; use `text` to compare
/// spellings.
public struct DateTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The text exactly as parsed or as formatted by an initializer.
    public let text: String
    public let year: Int
    public let month: Int
    public let day: Int
    public let hour: Int
    public let minute: Int
    public let second: Int
    /// The digits after the decimal point, as written (`"250"` for `.250`); empty without a fraction.
    public let fractionDigits: String
    /// Minutes east of UTC (`+02:00` is 120, `Z` is 0); `nil` when the text has no time zone.
    public let utcOffsetMinutes: Int?

    /// Whole seconds since 1970-01-01T00:00:00Z; a value without a time zone counts as UTC.
    public let secondsSince1970: Int64

    /// The longest text accepted; far longer than any real timestamp, short enough to bound the work.
    public static let maximumLength = 64

    /// Parses a date-time that must carry a time zone (`Z` or `±hh:mm`), as VC 2.0 `validFrom` must.
    public init(_ text: String) throws(DateTimeError) {
        try self.init(parsing: text, allowingMissingTimeZone: false)
    }

    /// Parses a date-time; with `allowingMissingTimeZone` a local time such as `2010-01-01T00:00:00` is
    /// accepted and read as UTC.
    public init(parsing text: String, allowingMissingTimeZone: Bool) throws(DateTimeError) {
        let bytes = Array(text.utf8)
        guard bytes.count <= Self.maximumLength else {
            throw DateTimeError(value: text, reason: .tooLong(limit: Self.maximumLength))
        }
        var scanner = Scanner(bytes: bytes, text: text)
        let year = try scanner.digits(4, "a four-digit year")
        try scanner.expect(UInt8(ascii: "-"), "\"-\" after the year")
        let month = try scanner.digits(2, "a two-digit month")
        try scanner.expect(UInt8(ascii: "-"), "\"-\" after the month")
        let day = try scanner.digits(2, "a two-digit day")
        try scanner.expect(UInt8(ascii: "T"), "\"T\" between the date and the time")
        let hour = try scanner.digits(2, "a two-digit hour")
        try scanner.expect(UInt8(ascii: ":"), "\":\" after the hour")
        let minute = try scanner.digits(2, "two-digit minutes")
        try scanner.expect(UInt8(ascii: ":"), "\":\" after the minutes")
        let second = try scanner.digits(2, "two-digit seconds")
        var fraction = ""
        if scanner.peek == UInt8(ascii: ".") {
            scanner.position += 1
            fraction = scanner.digitRun()
            guard !fraction.isEmpty else { throw scanner.malformed("a digit after the decimal point") }
        }
        var offset: Int?
        switch scanner.peek {
        case UInt8(ascii: "Z"):
            scanner.position += 1
            offset = 0
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            let negative = scanner.peek == UInt8(ascii: "-")
            scanner.position += 1
            let hours = try scanner.digits(2, "a two-digit offset hour")
            try scanner.expect(UInt8(ascii: ":"), "\":\" in the time-zone offset")
            let minutes = try scanner.digits(2, "two-digit offset minutes")
            guard minutes <= 59 else {
                throw DateTimeError(value: text, reason: .outOfRange(field: "offset minutes", detail: "\(minutes) is not in 00–59"))
            }
            let total = hours * 60 + minutes
            // XML Schema limits offsets to ±14:00; RFC 3339 would allow more, but no real zone needs it.
            guard total <= 14 * 60 else {
                throw DateTimeError(value: text, reason: .outOfRange(field: "offset", detail: "±\(pad(hours, 2)):\(pad(minutes, 2)) is beyond ±14:00"))
            }
            offset = negative ? -total : total
        case nil:
            break
        default:
            throw scanner.malformed("\"Z\", an offset such as +02:00, or the end of the value")
        }
        guard scanner.position == bytes.count else {
            throw scanner.malformed("the end of the value")
        }
        if offset == nil && !allowingMissingTimeZone {
            throw DateTimeError(value: text, reason: .missingTimeZone)
        }
        try Self.checkRanges(text: text, year: year, month: month, day: day, hour: hour, minute: minute, second: second)

        self.text = text
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.fractionDigits = fraction
        self.utcOffsetMinutes = offset
        self.secondsSince1970 = Self.instant(year: year, month: month, day: day, hour: hour, minute: minute,
                                             second: second, offsetMinutes: offset ?? 0)
    }

    /// The date-time `secondsSince1970` seconds (plus `nanoseconds`) after the Unix epoch, written in the
    /// zone `utcOffsetMinutes` east of UTC. The fraction is written with as few digits as it needs (none for
    /// whole seconds). Throws for instants outside the years 0000–9999 or offsets beyond ±14:00.
    public init(secondsSince1970: Int64, nanoseconds: Int = 0, utcOffsetMinutes: Int = 0) throws(DateTimeError) {
        let description = "\(secondsSince1970)s\(nanoseconds == 0 ? "" : "+\(nanoseconds)ns") at offset \(utcOffsetMinutes)min"
        guard (0..<1_000_000_000).contains(nanoseconds) else {
            throw DateTimeError(value: description, reason: .outOfRange(field: "nanoseconds", detail: "\(nanoseconds) is not in 0–999999999"))
        }
        guard abs(utcOffsetMinutes) <= 14 * 60 else {
            throw DateTimeError(value: description, reason: .outOfRange(field: "offset", detail: "\(utcOffsetMinutes) minutes is beyond ±14:00"))
        }
        // 0000-01-01T00:00:00 and 9999-12-31T23:59:59 in local time. The sum is checked so that an
        // extreme Int64 is reported as out of range instead of trapping.
        let (local, overflow) = secondsSince1970.addingReportingOverflow(Int64(utcOffsetMinutes) * 60)
        let lowest: Int64 = -62_167_219_200, highest: Int64 = 253_402_300_799
        guard !overflow, local >= lowest, local <= highest else {
            throw DateTimeError(value: description, reason: .outOfRange(field: "year", detail: "falls outside 0000–9999"))
        }
        let days = Int(local >= 0 ? local / 86_400 : (local - 86_399) / 86_400)
        let secondOfDay = Int(local - Int64(days) * 86_400)
        let date = CivilCalendar.civilDate(daysSinceEpoch: days)
        var fraction = ""
        if nanoseconds > 0 {
            var digits = Array(String(nanoseconds).utf8)
            digits.insert(contentsOf: repeatElement(UInt8(ascii: "0"), count: 9 - digits.count), at: 0)
            while digits.last == UInt8(ascii: "0") { digits.removeLast() }
            fraction = String(decoding: digits, as: UTF8.self)
        }
        self.year = date.year
        self.month = date.month
        self.day = date.day
        self.hour = secondOfDay / 3600
        self.minute = secondOfDay / 60 % 60
        self.second = secondOfDay % 60
        self.fractionDigits = fraction
        self.utcOffsetMinutes = utcOffsetMinutes
        self.secondsSince1970 = secondsSince1970
        self.text = Self.format(year: date.year, month: date.month, day: date.day, hour: hour, minute: minute,
                                second: second, fraction: fraction, offsetMinutes: utcOffsetMinutes)
    }

    /// The current time in UTC, to the whole second (the precision credentials conventionally carry).
    public static func now() throws(DateTimeError) -> DateTime {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return try DateTime(secondsSince1970: Int64(spec.tv_sec))
    }

    // MARK: Derived values

    /// Whether the text carries `Z` or an offset.
    public var hasTimeZone: Bool { utcOffsetMinutes != nil }

    /// Nanoseconds within the second (digits beyond the ninth are dropped).
    public var nanoseconds: Int {
        var digits = Array(fractionDigits.utf8.prefix(9))
        digits.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: 9 - digits.count))
        return digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }

    /// The text to write into a credential: the original text when it has a time zone, otherwise the same
    /// local time with `Z` appended (the UTC reading this value already uses for comparisons).
    public var textWithTimeZone: String { hasTimeZone ? text : text + "Z" }

    /// `self` with an explicit time zone (see `textWithTimeZone`).
    public var withExplicitTimeZone: DateTime {
        guard !hasTimeZone else { return self }
        return DateTime(copying: self, text: textWithTimeZone, offset: 0)
    }

    /// The same instant written in UTC with `Z`, keeping the fraction digits.
    public var inUTC: DateTime {
        if utcOffsetMinutes == 0, text.hasSuffix("Z") { return self }
        let days = Int(secondsSince1970 >= 0 ? secondsSince1970 / 86_400 : (secondsSince1970 - 86_399) / 86_400)
        let secondOfDay = Int(secondsSince1970 - Int64(days) * 86_400)
        let date = CivilCalendar.civilDate(daysSinceEpoch: days)
        let text = Self.format(year: date.year, month: date.month, day: date.day, hour: secondOfDay / 3600,
                               minute: secondOfDay / 60 % 60, second: secondOfDay % 60,
                               fraction: fractionDigits, offsetMinutes: 0)
        // The UTC year can leave 0000–9999 at the extremes (0000-01-01T00:00:00+01:00); keep such values.
        guard (0...9999).contains(date.year) else { return withExplicitTimeZone }
        return DateTime(year: date.year, month: date.month, day: date.day, hour: secondOfDay / 3600,
                        minute: secondOfDay / 60 % 60, second: secondOfDay % 60, fraction: fractionDigits,
                        offset: 0, seconds: secondsSince1970, text: text)
    }

    public var description: String { text }

    // MARK: Instant semantics

    /// The fraction without trailing zeros, so `.5` and `.500` compare and hash alike.
    private var normalizedFraction: Substring {
        var end = fractionDigits.utf8.endIndex
        while end > fractionDigits.utf8.startIndex {
            let previous = fractionDigits.utf8.index(before: end)
            guard fractionDigits.utf8[previous] == UInt8(ascii: "0") else { break }
            end = previous
        }
        return fractionDigits[..<end]
    }

    public static func == (lhs: DateTime, rhs: DateTime) -> Bool {
        lhs.secondsSince1970 == rhs.secondsSince1970 && lhs.normalizedFraction.utf8.elementsEqual(rhs.normalizedFraction.utf8)
    }

    public static func < (lhs: DateTime, rhs: DateTime) -> Bool {
        if lhs.secondsSince1970 != rhs.secondsSince1970 { return lhs.secondsSince1970 < rhs.secondsSince1970 }
        // Digit strings of a fraction compare like numbers once the shorter one is padded with zeros.
        let a = Array(lhs.normalizedFraction.utf8), b = Array(rhs.normalizedFraction.utf8)
        for i in 0..<max(a.count, b.count) {
            let x = i < a.count ? a[i] : UInt8(ascii: "0"), y = i < b.count ? b[i] : UInt8(ascii: "0")
            if x != y { return x < y }
        }
        return false
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(secondsSince1970)
        hasher.combine(Array(normalizedFraction.utf8))
    }

    // MARK: Helpers

    private init(copying other: DateTime, text: String, offset: Int) {
        self.init(year: other.year, month: other.month, day: other.day, hour: other.hour, minute: other.minute,
                  second: other.second, fraction: other.fractionDigits, offset: offset,
                  seconds: other.secondsSince1970, text: text)
    }

    private init(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, fraction: String,
                 offset: Int?, seconds: Int64, text: String) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.fractionDigits = fraction
        self.utcOffsetMinutes = offset
        self.secondsSince1970 = seconds
        self.text = text
    }

    private static func checkRanges(text: String, year: Int, month: Int, day: Int, hour: Int, minute: Int,
                                    second: Int) throws(DateTimeError) {
        func fail(_ field: String, _ detail: String) -> DateTimeError {
            DateTimeError(value: text, reason: .outOfRange(field: field, detail: detail))
        }
        guard (1...12).contains(month) else { throw fail("month", "\(month) is not in 01–12") }
        let days = CivilCalendar.daysInMonth(month, year: year)
        guard (1...days).contains(day) else { throw fail("day", "\(day) is not in 01–\(days) for \(year)-\(pad(month, 2))") }
        guard hour <= 23 else { throw fail("hour", "\(hour) is not in 00–23") }
        guard minute <= 59 else { throw fail("minute", "\(minute) is not in 00–59") }
        // xsd:dateTime has no leap second; RFC 3339's 60 would not survive a round trip through it.
        guard second <= 59 else { throw fail("second", "\(second) is not in 00–59") }
    }

    private static func instant(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int,
                                offsetMinutes: Int) -> Int64 {
        let days = Int64(CivilCalendar.daysSinceEpoch(year: year, month: month, day: day))
        return days * 86_400 + Int64(hour * 3600 + minute * 60 + second) - Int64(offsetMinutes) * 60
    }

    private static func format(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int,
                               fraction: String, offsetMinutes: Int) -> String {
        var text = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))"
        if !fraction.isEmpty { text += "." + fraction }
        if offsetMinutes == 0 {
            text += "Z"
        } else {
            let magnitude = abs(offsetMinutes)
            text += (offsetMinutes < 0 ? "-" : "+") + "\(pad(magnitude / 60, 2)):\(pad(magnitude % 60, 2))"
        }
        return text
    }

    /// Reads the fixed-width fields of a date-time, reporting the first character that does not fit.
    private struct Scanner {
        let bytes: [UInt8]
        let text: String
        var position = 0

        var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

        func malformed(_ expected: String) -> DateTimeError {
            DateTimeError(value: text, reason: .malformed(offset: position, expected: expected))
        }

        mutating func digits(_ count: Int, _ what: String) throws(DateTimeError) -> Int {
            var value = 0
            for _ in 0..<count {
                guard let byte = peek, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { throw malformed(what) }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                position += 1
            }
            return value
        }

        mutating func digitRun() -> String {
            let start = position
            while let byte = peek, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { position += 1 }
            return String(decoding: bytes[start..<position], as: UTF8.self)
        }

        mutating func expect(_ byte: UInt8, _ what: String) throws(DateTimeError) {
            guard peek == byte else { throw malformed(what) }
            position += 1
        }
    }
}

/// `value` in decimal, left-padded with zeros to `width` digits.
func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
