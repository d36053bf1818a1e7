/// Another identifier of a profile or achievement: a national id, a SIS id, an ISBN...
public struct IdentifierEntry: OpenBadgesModel {
    public var identifier: String
    public var identifierType: IdentifierType
    /// Properties this type does not define, kept in their original order.
    public var extensions: JSONObject

    public init(identifier: String, identifierType: IdentifierType, extensions: JSONObject = JSONObject()) {
        self.identifier = identifier
        self.identifierType = identifierType
        self.extensions = extensions
    }

    public init(json: JSON, at pointer: JSONPointer, warnings: inout [DecodingWarning]) throws(BadgeDecodingError) {
        var reader = try ObjectReader(json, at: pointer, what: "an IdentifierEntry object")
        try reader.fixedType("IdentifierEntry")
        identifier = try reader.requiredString("identifier")
        identifierType = IdentifierType(rawValue: try reader.requiredString("identifierType"))
        extensions = reader.unconsumed
    }

    public var json: JSON {
        var writer = ObjectWriter()
        writer.set("type", "IdentifierEntry")
        writer.set("identifier", identifier)
        writer.set("identifierType", identifierType.rawValue)
        writer.append(extensions: extensions)
        return writer.json
    }
}
