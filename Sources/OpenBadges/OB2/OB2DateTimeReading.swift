extension OB2 {
    /// Reads OB 2.0 date-times: ISO 8601 with a time zone, where the seconds are optional
    /// (`2017-10-01T00:00Z` is valid OB 2.0). A value without a time zone is read as UTC with a warning,
    /// because OB 1.x issuers wrote them so and some 2.0 issuers still do.
    enum DateTimeReading {
        static func read(_ value: JSON, at pointer: JSONPointer,
                         warnings: inout [DecodingWarning]) throws(BadgeDecodingError) -> DateTime {
            guard case .string(let text) = value else {
                throw BadgeDecodingError(.wrongKind(expected: "an ISO 8601 date-time string", found: value.kindName), at: pointer)
            }
            let parsed: DateTime
            do {
                parsed = try DateTime(parsing: withSeconds(text), allowingMissingTimeZone: true)
            } catch {
                throw BadgeDecodingError(.invalidDateTime(error), at: pointer)
            }
            if !parsed.hasTimeZone { warnings.append(DecodingWarning(.dateTimeWithoutTimeZone, at: pointer)) }
            return parsed
        }

        /// `YYYY-MM-DDTHH:MM` followed by a zone or nothing gets `:00` inserted, so the strict RFC 3339
        /// parser can read it; anything else is passed through and judged by that parser.
        static func withSeconds(_ text: String) -> String {
            let bytes = Array(text.utf8)
            // 16 bytes: date, "T", hours and minutes.
            guard bytes.count >= 16, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":") else { return text }
            let rest = bytes[16...]
            if let next = rest.first, next == UInt8(ascii: ":") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(next) {
                return text
            }
            return String(decoding: bytes[..<16] + Array(":00".utf8) + rest, as: UTF8.self)
        }
    }
}
