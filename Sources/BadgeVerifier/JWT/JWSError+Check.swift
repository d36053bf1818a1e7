import BadgeCrypto
import LaurelJSON

extension JWSError {
    /// The report entry for a JWS refusal: a stable code and a sentence for a non-expert, with the
    /// technical reason as evidence.
    var check: Check {
        let evidence: JSONObject = ["detail": .string(description)]
        switch self {
        case .tooLarge(let what, let size, let limit):
            return .failed(.inputTooLarge, "The signed credential's \(what) is \(size) bytes, more than the \(limit) bytes Laurel reads.",
                           evidence: evidence)
        case .wrongSegmentCount, .invalidBase64URL, .headerNotJSON, .headerNotObject, .missingAlgorithm,
             .invalidHeaderMember, .unencodedPayloadNotSupported, .signingFailed, .headerNotAllowedForSigning:
            return .failed(.jwtMalformed, "This is not a well-formed signed credential (JWT): \(description).", evidence: evidence)
        case .unsecuredJWS:
            return .failed(.jwtAlgorithmNone,
                           "The credential says it needs no signature (\"alg\": \"none\"), so anyone could have written it.",
                           evidence: evidence)
        case .hmacNotSupported(let alg):
            return .failed(.jwtAlgorithmHMAC,
                           "The credential is sealed with a shared secret (\(alg)) instead of a public-key signature, which proves nothing about who issued it.",
                           evidence: evidence)
        case .algorithmNotAllowed(let alg):
            return .failed(.jwtAlgorithmNotAllowed,
                           "The credential uses the signature algorithm \(alg), which Laurel does not accept (it accepts EdDSA, ES256, ES384 and RS256).",
                           evidence: evidence)
        case .algorithmKeyMismatch(let algorithm, let keyType):
            return .failed(.jwtAlgorithmKeyMismatch,
                           "The credential names the algorithm \(algorithm), which does not fit the issuer's \(keyType) key.",
                           evidence: evidence)
        case .keyNotPermitted, .keyTooSmall:
            return .failed(.keyInvalid, "The key the credential names may not be used for this signature: \(description).",
                           evidence: evidence)
        case .signatureIsDER, .invalidSignatureLength:
            return .failed(.signatureInvalid, "The signature is not in the form the algorithm requires: \(description).",
                           evidence: evidence)
        case .unsupportedCriticalHeader(let name):
            return .failed(.jwtCriticalUnknown,
                           "The credential requires a processing rule (\"\(name)\") that Laurel does not know, so it must be refused.",
                           evidence: evidence)
        case .malformedCritical:
            return .failed(.jwtCriticalUnknown, "The credential's list of required processing rules (\"crit\") is malformed.",
                           evidence: evidence)
        case .signatureInvalid:
            return .failed(.signatureInvalid,
                           "The signature does not match: the credential was changed after it was signed, or it was signed with a different key.",
                           evidence: evidence)
        }
    }
}
