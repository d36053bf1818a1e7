/// Where and how to check whether a credential has been revoked or suspended, e.g. a
/// `BitstringStatusListEntry` with its `statusListCredential` and `statusListIndex` (kept in
/// `extensions`, since each status method defines its own properties).
public struct CredentialStatus: OpenBadgesModel {
    /// The URL of the status entry or list.
    public var id: String
    /// The status method, e.g. `BitstringStatusListEntry` or `1EdTechRevocationList`.
    public var type: String
    /// Properties this type does not define, kept in their original order.
    public var extensions: JSONObject

    public init(id: String, type: String, extensions: JSONObject = JSONObject()) {
        self.id = id
        self.type = type
        self.extensions = extensions
    }

    public init(json: JSON, at pointer: JSONPointer, warnings: inout [DecodingWarning]) throws(BadgeDecodingError) {
        var reader = try ObjectReader(json, at: pointer, what: "a CredentialStatus object")
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
