import LaurelJSON

/// A run of members of a JSON-LD context object, in the order they are written.
struct ContextEntries: Sendable {
    var members: [JSONObject.Member]

    init(_ members: [JSONObject.Member]) {
        self.members = members
    }

    init(_ key: String, _ value: JSON) {
        self.members = [JSONObject.Member(key: key, value: value)]
    }

    static let none = ContextEntries([])

    /// The members as a context object. A key written twice keeps its first position and its last value,
    /// so the object never holds duplicate keys.
    var object: JSON {
        var object = JSONObject()
        for member in members { object[member.key] = member.value }
        return .object(object)
    }

    /// The same terms, each given `value` as its `@context`: a property-scoped context applied to the
    /// term's values, or `null` to clear the active context for them. A simple term definition becomes
    /// an expanded one with the same `@id`.
    func scoped(_ value: JSON) -> ContextEntries {
        ContextEntries(members.map { member in
            var definition: JSONObject
            switch member.value {
            case .object(let object): definition = object
            default: definition = ["@id": member.value]
            }
            definition["@context"] = value
            return JSONObject.Member(key: member.key, value: .object(definition))
        })
    }

    /// The same terms with a property-scoped context built from entries.
    func scoped(@ContextBuilder _ context: () -> ContextEntries) -> ContextEntries {
        scoped(context().object)
    }
}

/// Collects `ContextEntries` written one per line into one run, with `if`, `switch` and `for` for the
/// parts that depend on a document's edition.
@resultBuilder
enum ContextBuilder {
    static func buildExpression(_ entries: ContextEntries) -> ContextEntries { entries }

    static func buildBlock(_ parts: ContextEntries...) -> ContextEntries {
        ContextEntries(parts.flatMap(\.members))
    }

    static func buildOptional(_ part: ContextEntries?) -> ContextEntries { part ?? .none }

    static func buildEither(first part: ContextEntries) -> ContextEntries { part }

    static func buildEither(second part: ContextEntries) -> ContextEntries { part }

    static func buildArray(_ parts: [ContextEntries]) -> ContextEntries {
        ContextEntries(parts.flatMap(\.members))
    }
}
