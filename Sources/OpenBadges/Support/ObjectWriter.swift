/// Builds the JSON object of a model type: known properties in the order the caller sets them, then the
/// extensions in their own order. Empty multi-valued properties and absent optionals are left out.
struct ObjectWriter {
    private(set) var object = JSONObject()

    var json: JSON { .object(object) }

    /// Known properties are written once each, so no lookup is needed.
    mutating func set(_ key: String, _ value: JSON?) {
        guard let value else { return }
        object.appendNew(key, value)
    }

    mutating func set(_ key: String, _ value: String?) { set(key, value.map(JSON.string)) }

    mutating func set(_ key: String, _ value: Bool?) { set(key, value.map(JSON.bool)) }

    /// Non-finite numbers have no JSON form and are left out.
    mutating func set(_ key: String, _ value: Double?) {
        guard let value, let number = JSONNumber(exactly: value) else { return }
        set(key, JSON.number(number))
    }

    mutating func set(_ key: String, _ value: DateTime?) { set(key, value.map { JSON.string($0.textWithTimeZone) }) }

    /// Always an array (the form the OB 3.0 schemas require), omitted when empty.
    mutating func set(_ key: String, array values: [JSON]) {
        guard !values.isEmpty else { return }
        object.appendNew(key, .array(values))
    }

    mutating func set(_ key: String, strings values: [String]) { set(key, array: values.map(JSON.string)) }

    /// One value as itself, several as an array, none omitted: for properties the OB 3.0 schemas define as
    /// a single object (`credentialStatus`, `refreshService`) but VC 2.0 lets repeat.
    mutating func set(_ key: String, oneOrMany values: [JSON]) {
        switch values.count {
        case 0: return
        case 1: object.appendNew(key, values[0])
        default: object.appendNew(key, .array(values))
        }
    }

    /// Appends the extensions; a key already written as a known property keeps its known value.
    mutating func append(extensions: JSONObject) {
        for member in extensions.members where object.index(forKey: member.key) == nil {
            object.appendNew(member.key, member.value)
        }
    }
}
