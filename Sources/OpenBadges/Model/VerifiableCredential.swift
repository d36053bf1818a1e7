/// An Open Badges 3.0 credential: the Verifiable Credential envelope (contexts, issuer, validity, status,
/// proofs) around a subject. `AchievementCredential` and `EndorsementCredential` are its two kinds.
///
/// Reading accepts VC 2.0 and VC 1.1 credentials (`dataModel` says which was read; `issuanceDate` and
/// `expirationDate` become `validFrom` and `validUntil`). Writing always produces the VC 2.0 form the
/// OB 3.0.3 schemas require: `@context` = VC 2.0, OB 3.0.3, then any other contexts the credential
/// carries; `type` and the other multi-valued properties as arrays; date-times with a time zone; known
/// properties in a fixed order, then the unknown ones as read, then `proof`.
public struct VerifiableCredential<Subject: CredentialSubject>: OpenBadgesModel {
    /// The `@context` entries as read (or as built); `json` writes the normalized list.
    public var context: [ContextEntry]
    /// The VC data model the credential was read in; built credentials are 2.0.
    public var dataModel: VCDataModel
    /// The credential's URI (a URL or `urn:uuid:`).
    public var id: String
    /// `VerifiableCredential` and the kind's name (`OpenBadgeCredential`, `EndorsementCredential`...).
    public var type: [String]
    public var issuer: ProfileReference
    /// When the credential becomes valid (VC 1.1: `issuanceDate`).
    public var validFrom: DateTime
    /// When the credential stops being valid (VC 1.1: `expirationDate`).
    public var validUntil: DateTime?
    /// The name shown in wallets and lists.
    public var name: String?
    public var description: String?
    public var image: Image?
    /// When the achievement was first awarded; `validFrom` changes when a credential is reissued.
    public var awardedDate: DateTime?
    public var credentialSubject: Subject
    public var evidence: [Evidence]
    /// Endorsements signed with a Data Integrity proof (see `EmbeddedEndorsement`).
    public var endorsement: [EmbeddedEndorsement]
    /// Endorsements as compact JWS (VC-JWT).
    public var endorsementJwt: [String]
    public var credentialSchema: [CredentialSchema]
    /// Usually one entry; VC 2.0 allows several (written as an array only then).
    public var credentialStatus: [CredentialStatus]
    /// Usually one entry; VC 2.0 allows several (written as an array only then).
    public var refreshService: [RefreshService]
    public var termsOfUse: [TermsOfUse]
    public var proof: [Proof]
    /// Properties this type does not define, kept in their original order.
    public var extensions: JSONObject

    /// A VC 2.0 credential with the standard contexts (plus `additionalContexts`) and the default type
    /// of its subject (`OpenBadgeCredential` or `EndorsementCredential`).
    public init(id: String, issuer: ProfileReference, validFrom: DateTime, validUntil: DateTime? = nil,
                name: String? = nil, description: String? = nil, image: Image? = nil, awardedDate: DateTime? = nil,
                credentialSubject: Subject, evidence: [Evidence] = [], credentialSchema: [CredentialSchema] = [],
                credentialStatus: [CredentialStatus] = [], refreshService: [RefreshService] = [],
                termsOfUse: [TermsOfUse] = [], additionalContexts: [ContextEntry] = [],
                extensions: JSONObject = JSONObject()) {
        self.context = CredentialContext.normalized(additionalContexts)
        self.dataModel = .v2_0
        self.id = id
        self.type = ["VerifiableCredential", Subject.defaultCredentialType]
        self.issuer = issuer
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.name = name
        self.description = description
        self.image = image
        self.awardedDate = awardedDate
        self.credentialSubject = credentialSubject
        self.evidence = evidence
        self.endorsement = []
        self.endorsementJwt = []
        self.credentialSchema = credentialSchema
        self.credentialStatus = credentialStatus
        self.refreshService = refreshService
        self.termsOfUse = termsOfUse
        self.proof = []
        self.extensions = extensions
    }

    /// The `@context` list `json` writes.
    public var normalizedContext: [ContextEntry] { CredentialContext.normalized(context) }

    /// The OB 3.0 context IRI the credential was read with (`context-3.0.3.json`, `context.json`...).
    public var openBadgesContext: String? {
        context.lazy.compactMap(\.iri).first(where: CredentialContext.isOpenBadgesContext)
    }

    public init(json: JSON, at pointer: JSONPointer, warnings: inout [DecodingWarning]) throws(BadgeDecodingError) {
        var reader = try ObjectReader(json, at: pointer, what: "a credential object")
        // The envelope first, so that a credential with several problems reports the outermost one.
        let contextValue = try reader.required("@context")
        (context, dataModel) = try CredentialContext.decode(contextValue, at: reader.path("@context"))
        id = try reader.requiredString("id")
        type = try reader.types(requiring: ["VerifiableCredential"])
        _ = try reader.types(requiring: Subject.credentialTypeNames)
        issuer = try ProfileReference(json: try reader.required("issuer"), at: reader.path("issuer"), warnings: &warnings)
        switch dataModel {
        case .v2_0:
            // VC 2.0 requires the time zone; OB requires validFrom.
            guard let validFrom = try reader.dateTime("validFrom", allowingMissingTimeZone: false, warnings: &warnings) else {
                throw BadgeDecodingError(.missingProperty, at: reader.path("validFrom"))
            }
            self.validFrom = validFrom
            validUntil = try reader.dateTime("validUntil", allowingMissingTimeZone: false, warnings: &warnings)
        case .v1_1:
            // VC 1.1 issuers sometimes wrote local times; they are read as UTC with a warning.
            guard let issued = try reader.dateTime("issuanceDate", allowingMissingTimeZone: true, warnings: &warnings) else {
                throw BadgeDecodingError(.missingProperty, at: reader.path("issuanceDate"))
            }
            validFrom = issued
            validUntil = try reader.dateTime("expirationDate", allowingMissingTimeZone: true, warnings: &warnings)
        }
        name = try reader.string("name")
        description = try reader.string("description")
        image = try reader.one("image") { (value, place) throws(BadgeDecodingError) in
            try Image(json: value, at: place, warnings: &warnings)
        }
        awardedDate = try reader.dateTime("awardedDate", allowingMissingTimeZone: dataModel == .v1_1, warnings: &warnings)
        credentialSubject = try Self.decodeSubject(try reader.required("credentialSubject"),
                                                   at: reader.path("credentialSubject"), warnings: &warnings)
        evidence = try reader.many("evidence") { (value, place) throws(BadgeDecodingError) in
            try Evidence(json: value, at: place, warnings: &warnings)
        }
        endorsement = try reader.many("endorsement") { (value, place) throws(BadgeDecodingError) in
            EmbeddedEndorsement(json: value, at: place, warnings: &warnings)
        }
        endorsementJwt = try reader.strings("endorsementJwt")
        credentialSchema = try reader.many("credentialSchema") { (value, place) throws(BadgeDecodingError) in
            try CredentialSchema(json: value, at: place, warnings: &warnings)
        }
        credentialStatus = try reader.many("credentialStatus") { (value, place) throws(BadgeDecodingError) in
            try CredentialStatus(json: value, at: place, warnings: &warnings)
        }
        refreshService = try reader.many("refreshService") { (value, place) throws(BadgeDecodingError) in
            try RefreshService(json: value, at: place, warnings: &warnings)
        }
        termsOfUse = try reader.many("termsOfUse") { (value, place) throws(BadgeDecodingError) in
            try TermsOfUse(json: value, at: place, warnings: &warnings)
        }
        proof = try reader.many("proof") { (value, place) throws(BadgeDecodingError) in
            try Proof(json: value, at: place, warnings: &warnings)
        }
        extensions = reader.unconsumed
    }

    /// VC allows several subjects; an Open Badges credential has exactly one, so an array of one is read
    /// as that subject (with a warning) and a longer one is refused.
    private static func decodeSubject(_ value: JSON, at pointer: JSONPointer,
                                      warnings: inout [DecodingWarning]) throws(BadgeDecodingError) -> Subject {
        guard case .array(let subjects) = value else {
            return try Subject(json: value, at: pointer, warnings: &warnings)
        }
        guard subjects.count == 1 else {
            if subjects.isEmpty { throw BadgeDecodingError(.missingProperty, at: pointer) }
            throw BadgeDecodingError(.tooManyValues(count: subjects.count), at: pointer)
        }
        warnings.append(DecodingWarning(.credentialSubjectInArray, at: pointer))
        return try Subject(json: subjects[0], at: pointer.appending(0), warnings: &warnings)
    }

    public var json: JSON {
        var writer = ObjectWriter()
        writer.set("@context", array: normalizedContext.map(\.json))
        writer.set("id", id)
        writer.set("type", strings: type)
        writer.set("name", name)
        writer.set("description", description)
        writer.set("image", image?.json)
        writer.set("issuer", issuer.json)
        writer.set("validFrom", validFrom)
        writer.set("validUntil", validUntil)
        writer.set("awardedDate", awardedDate)
        writer.set("credentialSubject", credentialSubject.json)
        writer.set("evidence", array: evidence.map(\.json))
        writer.set("endorsement", array: endorsement.map(\.json))
        writer.set("endorsementJwt", strings: endorsementJwt)
        writer.set("credentialSchema", array: credentialSchema.map(\.json))
        writer.set("credentialStatus", oneOrMany: credentialStatus.map(\.json))
        writer.set("refreshService", oneOrMany: refreshService.map(\.json))
        writer.set("termsOfUse", array: termsOfUse.map(\.json))
        writer.append(extensions: extensions)
        // Last, after everything it covers, as issuers conventionally write it.
        writer.set("proof", array: proof.map(\.json))
        return writer.json
    }
}
