/// A stable identifier of a check's finding, such as `proof.signature_invalid`.
///
/// Codes are part of Laurel's interface: scripts and other programs match on them, and the text shown
/// to people is looked up by code. A code is never reused for another meaning.
public struct CheckCode: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }
    public var description: String { rawValue }
}

extension CheckCode {
    // Reading the input.
    public static let inputUnreadable: CheckCode = "input.unreadable"
    public static let inputTooLarge: CheckCode = "input.too_large"
    public static let inputUnrecognized: CheckCode = "input.unrecognized"
    public static let inputNotJSON: CheckCode = "input.not_json"

    // The compact JWS around a VC-JWT.
    public static let jwtMalformed: CheckCode = "jwt.malformed"
    public static let jwtAlgorithmNone: CheckCode = "jwt.alg_none"
    public static let jwtAlgorithmHMAC: CheckCode = "jwt.alg_hmac"
    public static let jwtAlgorithmNotAllowed: CheckCode = "jwt.alg_not_allowed"
    public static let jwtAlgorithmKeyMismatch: CheckCode = "jwt.alg_key_mismatch"
    public static let jwtCriticalUnknown: CheckCode = "jwt.crit_unknown"
    public static let jwtPayloadInvalid: CheckCode = "jwt.payload_invalid"
    public static let jwtClaims: CheckCode = "jwt.claims"
    public static let jwtVCClaim: CheckCode = "jwt.vc_claim"
    public static let jwtIssuerMismatch: CheckCode = "jwt.iss_mismatch"
    public static let jwtIdMismatch: CheckCode = "jwt.jti_mismatch"
    public static let jwtNotBeforeMismatch: CheckCode = "jwt.nbf_mismatch"
    public static let jwtExpiryMismatch: CheckCode = "jwt.exp_mismatch"
    public static let jwtSubjectMismatch: CheckCode = "jwt.sub_mismatch"
    public static let jwtSubjectMissing: CheckCode = "jwt.sub_missing"

    // The credential's structure.
    public static let structureValid: CheckCode = "structure.valid"
    public static let structureInvalid: CheckCode = "structure.invalid"
    public static let contextInvalid: CheckCode = "structure.context_invalid"
    public static let typeInvalid: CheckCode = "structure.type_invalid"
    public static let dataModelV1: CheckCode = "structure.vc_1_1"

    // Finding the issuer's key.
    public static let keyResolved: CheckCode = "key.resolved"
    public static let keyMissing: CheckCode = "key.missing"
    public static let keyUnresolvable: CheckCode = "key.unresolvable"
    public static let keyInvalid: CheckCode = "key.invalid"
    public static let keyEmbedded: CheckCode = "key.embedded_unbound"
    public static let keyControllerMismatch: CheckCode = "key.controller_mismatch"

    // The signature.
    public static let signatureValid: CheckCode = "proof.signature_valid"
    public static let signatureInvalid: CheckCode = "proof.signature_invalid"
    public static let proofMissing: CheckCode = "proof.missing"

    // The validity window.
    public static let datesValid: CheckCode = "dates.valid"
    public static let datesExpired: CheckCode = "dates.expired"
    public static let datesNotYetValid: CheckCode = "dates.not_yet_valid"
    public static let datesInvalid: CheckCode = "dates.invalid"
}

extension CheckCode {
    public static let dateWithoutTimeZone: CheckCode = "structure.date_without_timezone"
    public static let endorsementUnreadable: CheckCode = "endorsement.unreadable"
    public static let proofUnsupported: CheckCode = "proof.unsupported"
    public static let keyPrivateExposed: CheckCode = "key.private_key_exposed"
}

extension CheckCode {
    // Open Badges 2.0 (the shared structure.*, proof.*, jwt.* and dates.* codes apply to OB 2.0 too).
    public static let ob2LegacyVersion: CheckCode = "ob2.legacy_version"
    public static let ob2DocumentKind: CheckCode = "ob2.document_kind"
    public static let ob2ContextUnread: CheckCode = "ob2.context_unread"
    public static let ob2ExtensionUnchecked: CheckCode = "ob2.extension_unchecked"
    public static let ob2ExtensionInvalid: CheckCode = "ob2.extension_invalid"
    public static let ob2Endorsements: CheckCode = "ob2.endorsements_unchecked"
    public static let ob2Image: CheckCode = "ob2.image"
    public static let ob2VerificationMethod: CheckCode = "ob2.verification_method"
    public static let ob2SignatureMissing: CheckCode = "ob2.signature_missing"
    public static let ob2Hosted: CheckCode = "ob2.hosted"
    public static let ob2HostedUnreachable: CheckCode = "ob2.hosted_unreachable"
    public static let ob2HostedMissing: CheckCode = "ob2.hosted_missing"
    public static let ob2HostedDiffers: CheckCode = "ob2.hosted_differs"
    public static let ob2Revoked: CheckCode = "ob2.revoked"
    public static let ob2NotRevoked: CheckCode = "ob2.not_revoked"
    public static let ob2RevocationUnknown: CheckCode = "ob2.revocation_unknown"
    public static let ob2BadgeClass: CheckCode = "ob2.badge_class"
    public static let ob2BadgeClassUnreachable: CheckCode = "ob2.badge_class_unreachable"
    public static let ob2BadgeClassInvalid: CheckCode = "ob2.badge_class_invalid"
    public static let ob2Issuer: CheckCode = "ob2.issuer"
    public static let ob2IssuerUnreachable: CheckCode = "ob2.issuer_unreachable"
    public static let ob2IssuerInvalid: CheckCode = "ob2.issuer_invalid"
    public static let ob2IssuerUnverifiable: CheckCode = "ob2.issuer_unverifiable"
    public static let ob2IDMismatch: CheckCode = "ob2.id_mismatch"
    public static let ob2Scope: CheckCode = "ob2.scope"
    public static let ob2ScopeViolation: CheckCode = "ob2.scope_violation"
    public static let ob2ScopeUnenforceable: CheckCode = "ob2.scope_unenforceable"
    public static let ob2Key: CheckCode = "ob2.key"
    public static let ob2KeyMissing: CheckCode = "ob2.key_missing"
    public static let ob2KeyUnreachable: CheckCode = "ob2.key_unreachable"
    public static let ob2KeyNotListed: CheckCode = "ob2.key_not_listed"
    public static let ob2KeyOwnerMismatch: CheckCode = "ob2.key_owner_mismatch"
    public static let ob2KeyInvalid: CheckCode = "ob2.key_invalid"
    public static let ob2RecipientMatched: CheckCode = "ob2.recipient_matched"
    public static let ob2RecipientMismatch: CheckCode = "ob2.recipient_mismatch"
    public static let ob2RecipientUnchecked: CheckCode = "ob2.recipient_unchecked"
}

extension CheckCode {
    // Data Integrity proofs (embedded in JSON credentials).
    /// The proof lacks a required member or has one of the wrong form.
    public static let proofMalformed: CheckCode = "proof.malformed"
    /// The proof was made for another purpose than asserting the credential (not `assertionMethod`).
    public static let proofPurposeMismatch: CheckCode = "proof.purpose_mismatch"
    /// JSON-LD or RDF canonicalization refused the credential: a term no context defines, an invalid
    /// value, a poisoned graph.
    public static let proofCanonicalizationFailed: CheckCode = "proof.canonicalization_failed"
    /// The credential names a JSON-LD context Laurel does not have, so the proof cannot be checked.
    public static let proofContextUnavailable: CheckCode = "proof.context_unavailable"
    /// The proof's `expires` has passed.
    public static let proofExpired: CheckCode = "proof.expired"
    /// A chained proof names an earlier proof (`previousProof`) the credential does not carry.
    public static let proofPreviousMissing: CheckCode = "proof.previous_missing"
    /// The proof uses a suite that predates the Data Integrity Recommendation (eddsa-2022,
    /// Ed25519Signature2020): accepted with a warning.
    public static let proofLegacySuite: CheckCode = "proof.legacy_suite"
    /// The controller document does not list the key for making assertions (`assertionMethod`).
    public static let keyNotAuthorized: CheckCode = "key.not_authorized"
}


extension CheckCode {
    /// The key is named under the issuer's identifier, but the issuer's document could not confirm it.
    public static let keyUnconfirmed: CheckCode = "key.unconfirmed"
}

extension CheckCode {
    // Revocation and suspension (credentialStatus).
    public static let statusValid: CheckCode = "status.valid"
    public static let statusRevoked: CheckCode = "status.revoked"
    public static let statusSuspended: CheckCode = "status.suspended"
    public static let statusRefresh: CheckCode = "status.refresh"
    public static let statusMessage: CheckCode = "status.message"
    public static let statusUnreachable: CheckCode = "status.unreachable"
    public static let statusListNotFound: CheckCode = "status.list_not_found"
    public static let statusUnsupported: CheckCode = "status.unsupported"
    public static let statusEntryInvalid: CheckCode = "status.entry_invalid"
    public static let statusListInvalid: CheckCode = "status.list_invalid"
    public static let statusListUnverified: CheckCode = "status.list_unverified"
    public static let statusListIssuerMismatch: CheckCode = "status.list_issuer_mismatch"
    public static let statusIndexOutOfRange: CheckCode = "status.index_out_of_range"
    public static let statusListShort: CheckCode = "status.list_short"
    public static let statusIndexNotString: CheckCode = "status.index_not_string"
}
