/// One way of identifying the recipient of a credential (`AchievementSubject.identifier`): an e-mail
/// address, a student id..., given either in plain text or as a salted `IdentityHash`.
public struct IdentityObject: OpenBadgesModel {
    /// Whether `identityHash` holds a hash (`true`) or the identifier itself (`false`).
    public var hashed: Bool
    /// An `IdentityHash` text when `hashed`, otherwise the plain identifier (the specification's naming).
    public var identityHash: String
    public var identityType: IdentifierType
    /// The salt of the hash; absent means unsalted.
    public var salt: String?
    /// Properties this type does not define, kept in their original order.
    public var extensions: JSONObject

    public init(identityType: IdentifierType, identityHash: String, hashed: Bool, salt: String? = nil,
                extensions: JSONObject = JSONObject()) {
        self.identityType = identityType
        self.identityHash = identityHash
        self.hashed = hashed
        self.salt = salt
        self.extensions = extensions
    }

    /// A hashed identity: SHA-256 of `identifier` ‖ `salt`. Pass a fresh random salt per credential.
    public static func hashed(_ identifier: String, type: IdentifierType = .emailAddress, salt: String) -> IdentityObject {
        IdentityObject(identityType: type, identityHash: IdentityHash(identifier: identifier, salt: salt).text,
                       hashed: true, salt: salt)
    }

    /// A plain-text identity, for identifiers that are not personal data (or where the learner wants it).
    public static func plaintext(_ identifier: String, type: IdentifierType = .emailAddress) -> IdentityObject {
        IdentityObject(identityType: type, identityHash: identifier, hashed: false)
    }

    /// The parsed hash when `hashed`; `nil` for plain text. Throws when a hashed value is malformed.
    public func parsedHash() throws(IdentityHashError) -> IdentityHash? {
        hashed ? try IdentityHash(identityHash) : nil
    }

    /// True when this identity designates `identifier`: the salted hash matches, or the plain text is the
    /// same bytes. A malformed hash matches nothing. The comparison is exact; callers that treat e-mail
    /// addresses case-insensitively should normalize both sides the way the issuer did.
    public func matches(_ identifier: String) -> Bool {
        if !hashed { return identityHash.isByteEqual(to: identifier) }
        guard let hash = try? IdentityHash(identityHash) else { return false }
        return hash.matches(identifier: identifier, salt: salt)
    }

    public init(json: JSON, at pointer: JSONPointer, warnings: inout [DecodingWarning]) throws(BadgeDecodingError) {
        var reader = try ObjectReader(json, at: pointer, what: "an IdentityObject object")
        try reader.fixedType("IdentityObject")
        guard let hashed = try reader.bool("hashed") else {
            throw BadgeDecodingError(.missingProperty, at: reader.path("hashed"))
        }
        self.hashed = hashed
        identityHash = try reader.requiredString("identityHash")
        identityType = IdentifierType(rawValue: try reader.requiredString("identityType"))
        salt = try reader.string("salt")
        extensions = reader.unconsumed
    }

    public var json: JSON {
        var writer = ObjectWriter()
        writer.set("type", "IdentityObject")
        writer.set("hashed", hashed)
        writer.set("identityHash", identityHash)
        writer.set("identityType", identityType.rawValue)
        writer.set("salt", salt)
        writer.append(extensions: extensions)
        return writer.json
    }
}
