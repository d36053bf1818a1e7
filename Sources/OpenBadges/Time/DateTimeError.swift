/// Why a text is not an acceptable date-time. `description` quotes the value and says what is wrong.
public struct DateTimeError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        /// The text does not have the shape `YYYY-MM-DDThh:mm:ss[.fff](Z|±hh:mm)`; `offset` is the 0-based
        /// character where it goes wrong and `expected` says what should be there.
        case malformed(offset: Int, expected: String)
        /// A field is outside its range (`month 13`, `day 30 of February 2023`, `offset +15:00`).
        case outOfRange(field: String, detail: String)
        /// A valid local date-time with no `Z` or `±hh:mm`, where a time zone is required.
        case missingTimeZone
        /// Longer than any date-time Laurel accepts.
        case tooLong(limit: Int)
    }

    /// The offending text, possibly shortened for display when it is very long.
    public let value: String
    public let reason: Reason

    public init(value: String, reason: Reason) {
        self.value = value.count > 80 ? String(value.prefix(80)) + "…" : value
        self.reason = reason
    }

    public var description: String {
        let detail: String
        switch reason {
        case .malformed(let offset, let expected):
            detail = "expected \(expected) at character \(offset + 1)"
        case .outOfRange(let field, let text):
            detail = "\(field) \(text)"
        case .missingTimeZone:
            detail = "it has no time zone; add Z or an offset such as +02:00"
        case .tooLong(let limit):
            detail = "it is longer than \(limit) characters"
        }
        return "\"\(value)\" is not a valid date-time: \(detail)"
    }
}
