/// What a learner must do to earn an achievement: a page describing it (`id`), a Markdown `narrative`,
/// or both.
public struct Criteria: OpenBadgesModel {
    /// The URI of a page that describes the criteria.
    public var id: String?
    /// Markdown text of the criteria.
    public var narrative: String?
    /// Properties this type does not define, kept in their original order.
    public var extensions: JSONObject

    public init(id: String? = nil, narrative: String? = nil, extensions: JSONObject = JSONObject()) {
        self.id = id
        self.narrative = narrative
        self.extensions = extensions
    }

    public init(json: JSON, at pointer: JSONPointer, warnings: inout [DecodingWarning]) throws(BadgeDecodingError) {
        var reader = try ObjectReader(json, at: pointer, what: "a Criteria object")
        id = try reader.string("id")
        narrative = try reader.string("narrative")
        extensions = reader.unconsumed
    }

    public var json: JSON {
        var writer = ObjectWriter()
        writer.set("id", id)
        writer.set("narrative", narrative)
        writer.append(extensions: extensions)
        return writer.json
    }
}
