/// A JSON value (RFC 8259) whose bytes Laurel controls.
///
/// Laurel never signs or hashes bytes produced by Foundation's JSON coders (they reorder keys, rewrite
/// numbers, accept duplicate keys and merge canonically-equivalent keys). `JSON` keeps object members in
/// source order, compares keys by their exact UTF-8 bytes, and keeps each number's literal so that a
/// document survives a parse/serialize round trip unchanged.
public enum JSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSON])
    case object(JSONObject)

    /// The JSON type name, for error messages ("expected a string, found an array").
    public var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

// MARK: - Equality

extension JSON {
    /// JSON equality: numbers by value (`1 == 1.0`), objects regardless of member order, and strings
    /// (values and keys) by their exact UTF-8 bytes, never by Swift's canonical-equivalence `==`.
    public static func == (lhs: JSON, rhs: JSON) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.string(let a), .string(let b)): a.isByteEqual(to: b)
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)): a == b
        default: false
        }
    }
}

// MARK: - Accessors

extension JSON {
    public var isNull: Bool { if case .null = self { true } else { false } }

    public var stringValue: String? { if case .string(let s) = self { s } else { nil } }

    public var boolValue: Bool? { if case .bool(let b) = self { b } else { nil } }

    public var numberValue: JSONNumber? { if case .number(let n) = self { n } else { nil } }

    public var doubleValue: Double? { numberValue?.doubleValue }

    /// The value as an `Int` when it is a number with an integral value that fits.
    public var intValue: Int? { numberValue?.intValue }

    public var arrayValue: [JSON]? { if case .array(let a) = self { a } else { nil } }

    public var objectValue: JSONObject? { if case .object(let o) = self { o } else { nil } }

    /// The member `key` of an object; `nil` for a missing member or a non-object.
    public subscript(key: String) -> JSON? {
        get { objectValue?[key] }
        set {
            guard case .object(var object) = self else { return }
            object[key] = newValue
            self = .object(object)
        }
    }

    /// The element at `index` of an array; `nil` when out of range or not an array.
    public subscript(index: Int) -> JSON? {
        guard case .array(let array) = self, array.indices.contains(index) else { return nil }
        return array[index]
    }

    /// A single value or each element of an array: the JSON-LD "one or many" shape.
    public var asArray: [JSON] {
        if case .array(let a) = self { return a }
        return [self]
    }
}

// MARK: - Literals

// Deliberately not ExpressibleByNilLiteral: with it, `condition ? nil : value` silently becomes
// JSON.null where "absent" was meant. Write `.null` for a JSON null.
extension JSON: ExpressibleByBooleanLiteral, ExpressibleByStringLiteral,
    ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral
{
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .number(JSONNumber(value)) }
    public init(floatLiteral value: Double) { self = .number(JSONNumber(finite: value)) }
    public init(arrayLiteral elements: JSON...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSON)...) {
        var object = JSONObject()
        for (key, value) in elements { object[key] = value }
        self = .object(object)
    }
}

extension JSON {
    /// A number value; `nil` for NaN and infinities, which JSON cannot represent.
    public static func number(_ value: Double) -> JSON? {
        JSONNumber(exactly: value).map(JSON.number)
    }

    public static func number(_ value: Int) -> JSON { .number(JSONNumber(value)) }
}
