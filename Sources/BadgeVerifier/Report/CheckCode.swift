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
