/// What an endorsement is about (a profile, an achievement, a credential, by `id`) and the endorser's
/// comment.
public struct EndorsementSubject: CredentialSubject {
    public static let credentialTypeNames = ["EndorsementCredential"]
    public static let defaultCredentialType = "EndorsementCredential"

    /// The endorsed entity.
    public var id: String
    /// The `type` values, which include "EndorsementSubject" (checked when decoding; kept in order).
    public var type: [String]
    /// Markdown text of the endorsement.
    public var endorsementComment: String?
    /// Properties this type does not define, kept in their original order.
    public var extensions: JSONObject

    public init(id: String, endorsementComment: String? = nil, type: [String] = ["EndorsementSubject"],
                extensions: JSONObject = JSONObject()) {
        self.id = id
        self.type = type
        self.endorsementComment = endorsementComment
        self.extensions = extensions
    }

    public init(json: JSON, at pointer: JSONPointer, warnings: inout [DecodingWarning]) throws(BadgeDecodingError) {
        var reader = try ObjectReader(json, at: pointer, what: "an EndorsementSubject object")
        id = try reader.requiredString("id")
        type = try reader.types(requiring: ["EndorsementSubject"])
        endorsementComment = try reader.string("endorsementComment")
        extensions = reader.unconsumed
    }

    public var json: JSON {
        var writer = ObjectWriter()
        writer.set("id", id)
        writer.set("type", strings: type)
        writer.set("endorsementComment", endorsementComment)
        writer.append(extensions: extensions)
        return writer.json
    }
}
