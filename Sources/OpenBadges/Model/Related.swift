/// Another achievement to be treated as the same one for most purposes: typically the same achievement
/// in another language, or a previous version.
public struct Related: OpenBadgesModel {
    /// The related achievement.
    public var id: String
    /// The `type` values, which include "Related" (checked when decoding; kept in order).
    public var type: [String]
    /// The language of the related achievement (BCP 47, e.g. `es` or `pt-BR`).
    public var inLanguage: String?
    public var version: String?
    /// Properties this type does not define, kept in their original order.
    public var extensions: JSONObject

    public init(id: String, inLanguage: String? = nil, version: String? = nil, type: [String] = ["Related"],
                extensions: JSONObject = JSONObject()) {
        self.id = id
        self.type = type
        self.inLanguage = inLanguage
        self.version = version
        self.extensions = extensions
    }

    public init(json: JSON, at pointer: JSONPointer, warnings: inout [DecodingWarning]) throws(BadgeDecodingError) {
        var reader = try ObjectReader(json, at: pointer, what: "a Related object")
        id = try reader.requiredString("id")
        type = try reader.types(requiring: ["Related"])
        inLanguage = try reader.string("inLanguage")
        version = try reader.string("version")
        extensions = reader.unconsumed
    }

    public var json: JSON {
        var writer = ObjectWriter()
        writer.set("id", id)
        writer.set("type", strings: type)
        writer.set("inLanguage", inLanguage)
        writer.set("version", version)
        writer.append(extensions: extensions)
        return writer.json
    }
}
