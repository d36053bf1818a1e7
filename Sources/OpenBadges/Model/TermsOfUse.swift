/// Terms of use the issuer attaches to a credential (policy properties stay in `extensions`).
public struct TermsOfUse: OpenBadgesModel {
    /// The URL of the terms or policy, when there is one.
    public var id: String?
    /// The kind of terms.
    public var type: String
    /// Properties this type does not define, kept in their original order.
    public var extensions: JSONObject

    public init(id: String? = nil, type: String, extensions: JSONObject = JSONObject()) {
        self.id = id
        self.type = type
        self.extensions = extensions
    }

    public init(json: JSON, at pointer: JSONPointer, warnings: inout [DecodingWarning]) throws(BadgeDecodingError) {
        var reader = try ObjectReader(json, at: pointer, what: "a TermsOfUse object")
        id = try reader.string("id")
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
