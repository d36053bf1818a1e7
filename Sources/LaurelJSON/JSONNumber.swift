/// A JSON number: its literal text and its IEEE-754 double value.
///
/// The literal is what was parsed (so `1.50` serializes back as `1.50`) or, for numbers built in code,
/// the ECMAScript form of the double (the form JCS uses). Equality compares numeric values, so `1`,
/// `1.0` and `1e0` are equal.
public struct JSONNumber: Sendable, Hashable, CustomStringConvertible {
    /// The number exactly as it appears in serialized JSON.
    public let literal: String
    /// The nearest double to the literal.
    public let doubleValue: Double

    /// A number parsed from a validated literal; the parser guarantees the grammar and finiteness.
    init(validatedLiteral literal: String, value: Double) {
        self.literal = literal
        self.doubleValue = value
    }

    public init(_ value: Int) {
        self.literal = String(value)
        self.doubleValue = Double(value)
    }

    /// A number for a finite double, or `nil` for NaN and infinities.
    public init?(exactly value: Double) {
        guard value.isFinite else { return nil }
        self.init(finite: value)
    }

    /// Callers guarantee finiteness (float literals always are).
    init(finite value: Double) {
        self.literal = ECMAScriptNumber.format(value)
        self.doubleValue = value
    }

    /// True when the literal has neither a fraction nor an exponent (`42`, `-7`).
    public var isIntegerLiteral: Bool {
        !literal.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") })
    }

    /// The value as an `Int` when it is integral and fits exactly.
    public var intValue: Int? {
        if isIntegerLiteral, let exact = Int(literal) { return exact }
        // Int(exactly:) needs no libm (rounding would pull in trunc, which a Foundation-free binary lacks).
        guard doubleValue.magnitude <= 9_007_199_254_740_992 else { return nil }
        return Int(exactly: doubleValue)
    }

    public var description: String { literal }

    public static func == (lhs: JSONNumber, rhs: JSONNumber) -> Bool { lhs.doubleValue == rhs.doubleValue }

    public func hash(into hasher: inout Hasher) { hasher.combine(doubleValue) }
}
