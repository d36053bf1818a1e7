import BadgeCrypto
import OpenBadges

/// What an instructor decides when issuing one credential: who issues it, for which achievement, to
/// whom, and when it is valid. `credential()` turns it into an OB 3.0 `AchievementCredential` with a
/// fresh `urn:uuid:` id, ready to be signed.
public struct CredentialDraft: Sendable {
    public var issuer: Profile
    public var achievement: Achievement
    public var recipient: Recipient
    /// The recipient's name for people reading the credential; it goes into the credential's `name`.
    public var recipientName: String?
    public var validFrom: DateTime
    public var validUntil: DateTime?
    public var results: [AchievementResult]
    /// A fixed credential id; a random `urn:uuid:` when nil.
    public var credentialID: String?

    public init(issuer: Profile, achievement: Achievement, recipient: Recipient, recipientName: String? = nil,
                validFrom: DateTime, validUntil: DateTime? = nil, results: [AchievementResult] = [],
                credentialID: String? = nil) {
        self.issuer = issuer
        self.achievement = achievement
        self.recipient = recipient
        self.recipientName = recipientName
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.results = results
        self.credentialID = credentialID
    }

    public func credential() throws(IssuanceError) -> AchievementCredential {
        if let validUntil, validUntil <= validFrom {
            throw .invalidDates("validUntil (\(validUntil)) is not after validFrom (\(validFrom))")
        }
        let id: String
        if let credentialID {
            id = credentialID
        } else {
            do { id = "urn:uuid:" + (try SecureRandom.uuid()) } catch { throw .randomnessUnavailable(error.description) }
        }
        let name = recipientName.map { "\(achievement.name): \($0)" } ?? achievement.name
        // The credential names its JSON Schema with the type 1EdTechJsonSchemaValidator2019, which only the
        // OB 3.0 extensions context defines: without it the credential is not valid JSON-LD, and a Data
        // Integrity proof (safe mode) refuses it.
        return AchievementCredential(
            id: id, name: name, issuer: .profile(issuer), validFrom: validFrom.withExplicitTimeZone,
            validUntil: validUntil?.withExplicitTimeZone, recipient: recipient, achievement: achievement,
            result: results, additionalContexts: [.iri(CredentialContext.openBadgesExtensions)])
    }
}

extension Profile {
    /// Reads an issuer profile file, giving it the `did:key` of `key` as its `id` when it has none, and
    /// `type: ["Profile"]` when it has no type: a profile written by hand need not know its key's DID.
    public static func issuerProfile(from json: JSON, key: IssuerKey) throws(IssuanceError) -> Profile {
        guard var object = json.objectValue else {
            throw .invalidIssuer("expected a JSON object, found \(json.kindName)")
        }
        if object["id"] == nil {
            guard let didKey = key.didKey else {
                throw .invalidIssuer("it has no \"id\", and an RSA key has no did:key to stand in for one; add an id")
            }
            object["id"] = .string(didKey.did)
        }
        if object["type"] == nil { object["type"] = ["Profile"] }
        do { return try Profile(json: .object(object)) } catch { throw .invalidIssuer(error.description) }
    }
}
