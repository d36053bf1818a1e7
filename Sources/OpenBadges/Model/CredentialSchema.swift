/// A schema a credential claims to follow, for example the official OB 3.0 JSON Schema with type
/// `1EdTechJsonSchemaValidator2019`.
public struct CredentialSchema: OpenBadgesModel {
    /// The URL of the schema.
    public var id: String
    /// The kind of schema validation, e.g. `1EdTechJsonSchemaValidator2019`.
    public var type: String
    /// Properties this type does not define, kept in their original order.
    public var extensions: JSONObject

    public init(id: String, type: String, extensions: JSONObject = JSONObject()) {
        self.id = id
        self.type = type
        self.extensions = extensions
    }

    public init(json: JSON, at pointer: JSONPointer, warnings: inout [DecodingWarning]) throws(BadgeDecodingError) {
        var reader = try ObjectReader(json, at: pointer, what: "a CredentialSchema object")
        id = try reader.requiredString("id")
        type = try reader.singleType()
        extensions = reader.unconsumed
    }

    public var json: JSON {
        var writer = ObjectWriter()
        writer.set("id", id)
        writer.set("type", type)
        writer.append(extensions: extensions)
        return writer.json
    }
}
