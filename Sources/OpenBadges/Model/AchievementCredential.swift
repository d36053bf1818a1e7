/// A credential awarding an achievement to a recipient. OB 3.0 calls the same class
/// `AchievementCredential` or `OpenBadgeCredential`; its `type` lists either name.
public typealias AchievementCredential = VerifiableCredential<AchievementSubject>

/// The other name of `AchievementCredential`.
public typealias OpenBadgeCredential = AchievementCredential

/// Who receives a credential: a subject URI (a DID, a profile URL), one or more identities (usually a
/// salted e-mail hash), or both.
public struct Recipient: Sendable, Equatable {
    /// The subject's URI (`credentialSubject.id`).
    public var id: String?
    /// The subject's identities (`credentialSubject.identifier`).
    public var identities: [IdentityObject]

    /// A recipient known by a URI, such as `did:key:z6Mk…`.
    public static func id(_ id: String) -> Recipient { Recipient(id: id, identities: []) }

    /// A recipient known by an identity, such as `.hashed("ada@example.org", salt: salt)`.
    public static func identity(_ identity: IdentityObject) -> Recipient { Recipient(id: nil, identities: [identity]) }

    public init(id: String?, identities: [IdentityObject]) {
        self.id = id
        self.identities = identities
    }
}

extension VerifiableCredential where Subject == AchievementSubject {
    /// An achievement credential ready to be signed:
    ///
    /// ```swift
    /// let credential = AchievementCredential(
    ///     id: "urn:uuid:…", name: "Partnership Building — Ada Lovelace",
    ///     issuer: .profile(issuerProfile), validFrom: try DateTime("2024-06-01T00:00:00Z"),
    ///     recipient: .identity(.hashed("ada@example.org", salt: salt)),
    ///     achievement: achievement, result: [AchievementResult(resultDescription: pitch.id, achievedLevel: good.id)])
    /// ```
    public init(id: String, name: String, issuer: ProfileReference, validFrom: DateTime, validUntil: DateTime? = nil,
                recipient: Recipient, achievement: Achievement, result: [AchievementResult] = [], awardedDate: DateTime? = nil,
                description: String? = nil, image: Image? = nil, evidence: [Evidence] = [],
                credentialSchema: [CredentialSchema] = [.achievementCredentialSchema],
                credentialStatus: [CredentialStatus] = [], additionalContexts: [ContextEntry] = []) {
        let subject = AchievementSubject(id: recipient.id, identifier: recipient.identities, achievement: achievement,
                                         result: result)
        self.init(id: id, issuer: issuer, validFrom: validFrom, validUntil: validUntil, name: name,
                  description: description, image: image, awardedDate: awardedDate, credentialSubject: subject,
                  evidence: evidence, credentialSchema: credentialSchema, credentialStatus: credentialStatus,
                  additionalContexts: additionalContexts)
    }

    /// The awarded achievement (`credentialSubject.achievement`).
    public var achievement: Achievement {
        get { credentialSubject.achievement }
        set { credentialSubject.achievement = newValue }
    }
}

extension CredentialSchema {
    /// The official OB 3.0 JSON Schema for achievement credentials.
    public static let achievementCredentialSchema = CredentialSchema(
        id: "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json",
        type: "1EdTechJsonSchemaValidator2019")

    /// The official OB 3.0 JSON Schema for endorsement credentials.
    public static let endorsementCredentialSchema = CredentialSchema(
        id: "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_endorsementcredential_schema.json",
        type: "1EdTechJsonSchemaValidator2019")
}
