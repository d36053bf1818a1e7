/// A service from which a newer version of the credential can be fetched.
public struct RefreshService: OpenBadgesModel {
    /// The URL of the refresh service.
    public var id: String
    /// The refresh method, e.g. `1EdTechCredentialRefresh`.
    public var type: String
    /// Properties this type does not define, kept in their original order.
    public var extensions: JSONObject

    public init(id: String, type: String, extensions: JSONObject = JSONObject()) {
        self.id = id
        self.type = type
        self.extensions = extensions
    }

    public init(json: JSON, at pointer: JSONPointer, warnings: inout [DecodingWarning]) throws(BadgeDecodingError) {
        var reader = try ObjectReader(json, at: pointer, what: "a RefreshService object")
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
