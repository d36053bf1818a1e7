/// Evidence of the work that earned an achievement: a page, a file (as a data URI), or a narrative.
public struct Evidence: OpenBadgesModel {
    /// The URL of the evidence, or the evidence itself as a data URI.
    public var id: String?
    /// The `type` values, which include "Evidence" (checked when decoding; kept in order).
    public var type: [String]
    public var name: String?
    public var description: String?
    /// Markdown text describing the evidence and how it was produced.
    public var narrative: String?
    /// The kind of evidence ("Poetry", "Source code").
    public var genre: String?
    /// Who the evidence is meant for.
    public var audience: String?
    /// Properties this type does not define, kept in their original order.
    public var extensions: JSONObject

    public init(id: String? = nil, name: String? = nil, description: String? = nil, narrative: String? = nil,
                genre: String? = nil, audience: String? = nil, type: [String] = ["Evidence"],
                extensions: JSONObject = JSONObject()) {
        self.id = id
        self.type = type
        self.name = name
        self.description = description
        self.narrative = narrative
        self.genre = genre
        self.audience = audience
        self.extensions = extensions
    }

    public init(json: JSON, at pointer: JSONPointer, warnings: inout [DecodingWarning]) throws(BadgeDecodingError) {
        var reader = try ObjectReader(json, at: pointer, what: "an Evidence object")
        id = try reader.string("id")
        type = try reader.types(requiring: ["Evidence"])
        name = try reader.string("name")
        description = try reader.string("description")
        narrative = try reader.string("narrative")
        genre = try reader.string("genre")
        audience = try reader.string("audience")
        extensions = reader.unconsumed
    }

    public var json: JSON {
        var writer = ObjectWriter()
        writer.set("id", id)
        writer.set("type", strings: type)
        writer.set("name", name)
        writer.set("description", description)
        writer.set("narrative", narrative)
        writer.set("genre", genre)
        writer.set("audience", audience)
        writer.append(extensions: extensions)
        return writer.json
    }
}
