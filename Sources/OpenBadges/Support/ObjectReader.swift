/// Reads the members of one JSON object for a model type, remembering which members it consumed so that
/// everything else can be kept, in source order, as the type's extensions.
///
/// Every accessor reports problems with the member's JSON pointer. `null` counts as absent, as it does in
/// JSON-LD. Multi-valued properties accept a single value or an array (the compacted JSON-LD forms).
struct ObjectReader {
    let object: JSONObject
    let pointer: JSONPointer
    private var consumed: [Bool]

    /// `what` names the expected object in errors ("an Achievement object").
    init(_ json: JSON, at pointer: JSONPointer, what: String) throws(BadgeDecodingError) {
        guard case .object(let object) = json else {
            throw BadgeDecodingError(.wrongKind(expected: what, found: json.kindName), at: pointer)
        }
        self.object = object
        self.pointer = pointer
        self.consumed = Array(repeating: false, count: object.count)
    }

    func path(_ key: String) -> JSONPointer { pointer.appending(key) }

    /// The member's value, marking it consumed; `nil` when it is absent or `null`.
    mutating func value(_ key: String) -> JSON? {
        guard let index = object.index(forKey: key) else { return nil }
        consumed[index] = true
        let value = object[index].value
        // Not a conditional expression: JSON is itself expressible by `nil`, which would turn a JSON null
        // into a present value instead of an absent one.
        if value.isNull { return Optional.none }
        return value
    }

    /// True when the member exists (even as `null`); does not consume it.
    func contains(_ key: String) -> Bool { object.index(forKey: key) != nil }

    mutating func required(_ key: String) throws(BadgeDecodingError) -> JSON {
        guard let value = value(key) else { throw BadgeDecodingError(.missingProperty, at: path(key)) }
        return value
    }

    // MARK: Scalars

    mutating func string(_ key: String) throws(BadgeDecodingError) -> String? {
        guard let value = value(key) else { return nil }
        return try Self.string(value, at: path(key))
    }

    mutating func requiredString(_ key: String) throws(BadgeDecodingError) -> String {
        try Self.string(try required(key), at: path(key))
    }

    mutating func bool(_ key: String) throws(BadgeDecodingError) -> Bool? {
        guard let value = value(key) else { return nil }
        guard case .bool(let flag) = value else {
            throw BadgeDecodingError(.wrongKind(expected: "a boolean", found: value.kindName), at: path(key))
        }
        return flag
    }

    mutating func number(_ key: String) throws(BadgeDecodingError) -> Double? {
        guard let value = value(key) else { return nil }
        guard case .number(let number) = value else {
            throw BadgeDecodingError(.wrongKind(expected: "a number", found: value.kindName), at: path(key))
        }
        return number.doubleValue
    }

    /// One string or an array of strings.
    mutating func strings(_ key: String) throws(BadgeDecodingError) -> [String] {
        guard let value = value(key) else { return [] }
        var out: [String] = []
        for (index, element) in value.asArray.enumerated() {
            out.append(try Self.string(element, at: Self.elementPath(path(key), index, value)))
        }
        return out
    }

    mutating func dateTime(_ key: String, allowingMissingTimeZone: Bool,
                           warnings: inout [DecodingWarning]) throws(BadgeDecodingError) -> DateTime? {
        guard let value = value(key) else { return nil }
        return try Self.dateTime(value, at: path(key), allowingMissingTimeZone: allowingMissingTimeZone, warnings: &warnings)
    }

    // MARK: Nested values

    /// A property holding at most one value (a single element array is accepted as that value).
    mutating func one<T>(_ key: String,
                         _ decode: (JSON, JSONPointer) throws(BadgeDecodingError) -> T) throws(BadgeDecodingError) -> T? {
        guard let value = value(key) else { return nil }
        if case .array(let elements) = value {
            guard elements.count <= 1 else { throw BadgeDecodingError(.tooManyValues(count: elements.count), at: path(key)) }
            guard let only = elements.first else { return nil }
            return try decode(only, path(key).appending(0))
        }
        return try decode(value, path(key))
    }

    /// A property holding any number of values: a single value or an array.
    mutating func many<T>(_ key: String,
                          _ decode: (JSON, JSONPointer) throws(BadgeDecodingError) -> T) throws(BadgeDecodingError) -> [T] {
        guard let value = value(key) else { return [] }
        var out: [T] = []
        for (index, element) in value.asArray.enumerated() {
            out.append(try decode(element, Self.elementPath(path(key), index, value)))
        }
        return out
    }

    // MARK: type

    /// The `type` values, which must include one of `anyOf`. `type` is required.
    mutating func types(requiring anyOf: [String]) throws(BadgeDecodingError) -> [String] {
        guard contains("type") else { throw BadgeDecodingError(.missingProperty, at: path("type")) }
        let found = try strings("type")
        guard found.contains(where: { value in anyOf.contains { $0.isByteEqual(to: value) } }) else {
            throw BadgeDecodingError(.missingTypeValue(expected: anyOf, found: found), at: path("type"))
        }
        return found
    }

    /// For classes whose `type` is one fixed IRI (`Image`, `IdentityObject`...): `"Image"` or `["Image"]`.
    mutating func fixedType(_ name: String) throws(BadgeDecodingError) {
        guard contains("type") else { throw BadgeDecodingError(.missingProperty, at: path("type")) }
        let found = try strings("type")
        guard found.count == 1, found[0].isByteEqual(to: name) else {
            throw BadgeDecodingError(.missingTypeValue(expected: [name], found: found), at: path("type"))
        }
    }

    // MARK: Leftovers

    /// The members no accessor consumed, in source order.
    var unconsumed: JSONObject {
        JSONObject(members: object.members.enumerated().filter { !consumed[$0.offset] }.map(\.element))
    }

    // MARK: Value helpers

    static func string(_ value: JSON, at pointer: JSONPointer) throws(BadgeDecodingError) -> String {
        guard case .string(let text) = value else {
            throw BadgeDecodingError(.wrongKind(expected: "a string", found: value.kindName), at: pointer)
        }
        return text
    }

    static func dateTime(_ value: JSON, at pointer: JSONPointer, allowingMissingTimeZone: Bool,
                         warnings: inout [DecodingWarning]) throws(BadgeDecodingError) -> DateTime {
        let text = try string(value, at: pointer)
        do {
            let parsed = try DateTime(parsing: text, allowingMissingTimeZone: allowingMissingTimeZone)
            if !parsed.hasTimeZone { warnings.append(DecodingWarning(.dateTimeWithoutTimeZone, at: pointer)) }
            return parsed
        } catch {
            throw BadgeDecodingError(.invalidDateTime(error), at: pointer)
        }
    }

    /// The pointer of element `index` of `value`: the property itself when it was a single value.
    static func elementPath(_ base: JSONPointer, _ index: Int, _ value: JSON) -> JSONPointer {
        if case .array = value { return base.appending(index) }
        return base
    }
}

extension ObjectReader {
    /// A required `type` that names one method or kind (`"BitstringStatusListEntry"`), also accepted as an
    /// array of one string.
    mutating func singleType() throws(BadgeDecodingError) -> String {
        guard contains("type") else { throw BadgeDecodingError(.missingProperty, at: path("type")) }
        let found = try strings("type")
        guard found.count == 1 else {
            if found.isEmpty { throw BadgeDecodingError(.missingProperty, at: path("type")) }
            throw BadgeDecodingError(.tooManyValues(count: found.count), at: path("type"))
        }
        return found[0]
    }
}
