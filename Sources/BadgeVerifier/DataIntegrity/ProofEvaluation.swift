import BadgeCrypto
import LaurelJSON
import LinkedData
import OpenBadges

/// The verification of one proof of a credential: its suite, its key and the key's controller, the
/// signature, its purpose and expiry. Produces the proof's checks and verdict.
struct ProofEvaluation {
    let entry: ProofSet.Entry
    let issuerID: String?
    let now: DateTime?
    let skew: Int64
    let processor: DataIntegrityProcessor
    let resolver: KeyResolver

    static let assertion = "assertionMethod"

    /// What every check about this proof carries: which proof, and what it says about itself.
    var description: JSONObject {
        var evidence: JSONObject = ["proof": .number(entry.index), "pointer": .string(entry.pointer)]
        switch Cryptosuite.identify(entry.proof) {
        case .known(let suite): evidence["suite"] = .string(suite.rawValue)
        case .unknown(let name): evidence["suite"] = .string(name)
        }
        for name in ["verificationMethod", "proofPurpose", "created", "expires", "id"] {
            if let value = entry.proof[name]?.stringValue { evidence[name] = .string(value) }
        }
        return evidence
    }

    func run() async -> (ProofFinding, ResolvedKey?) {
        let evidence = description
        let label = "Proof \(entry.index + 1)"
        let suite: Cryptosuite
        switch Cryptosuite.identify(entry.proof) {
        case .known(let known): suite = known
        case .unknown(let name):
            return (finding(.undecided, .undecided(.proofUnsupported,
                                                    "\(label) is signed with \(name), which Laurel cannot check.", evidence: evidence)), nil)
        }
        let document: JSONObject
        switch entry.unsecuredDocument {
        case .success(let built): document = built
        case .failure(let error):
            return (finding(.failed, .failed(.proofPreviousMissing, "\(label) (\(suite)) is part of a broken chain: \(error.message).",
                                             evidence: evidence)), nil)
        }
        guard let methodID = entry.proof["verificationMethod"]?.stringValue else {
            return (finding(.failed, .failed(.proofMalformed, "\(label) (\(suite)) does not say which key made it (no verificationMethod).",
                                             evidence: evidence)), nil)
        }

        // The key, and whose it is.
        var checks: [Check] = []
        let key: ResolvedKey
        do {
            key = try await resolver.resolve(methodID, purpose: .assertionMethod)
            try Self.check(key, suite: suite)
        } catch {
            switch error {
            case .invalid:
                return (finding(.failed, .failed(.keyInvalid, "\(label) (\(suite)) names a key that cannot be used: \(error).", evidence: evidence)), nil)
            case .notAuthorized:
                return (finding(.failed, .failed(.keyNotAuthorized, "\(label) (\(suite)): \(error); it may not be used to issue credentials.",
                                                 evidence: evidence)), nil)
            case .unresolvable:
                return (finding(.undecided, .undecided(.keyUnresolvable, "\(label) (\(suite)): Laurel could not find the key: \(error).",
                                                       evidence: evidence)), nil)
            }
        }
        var keyEvidence = evidence
        keyEvidence["controller"] = .string(key.controller)
        keyEvidence["resolvedBy"] = .string(key.method)
        keyEvidence["thumbprint"] = .string(key.thumbprint)
        let issuersKey = issuerID.map { key.controller.isByteEqual(to: $0) } ?? false
        if issuersKey {
            checks.append(key.confirmed
                ? .passed(.keyResolved, "\(label): the signing key belongs to the issuer (\(key.controller)).", evidence: keyEvidence)
                : .warning(.keyUnconfirmed, KeyBinding.unconfirmedSentence(label: "\(label): the", issuer: key.controller), evidence: keyEvidence))
        }

        // The signature.
        let result: ProofVerification
        do {
            result = try processor.verifyProof(entry.proof, unsecuredDocument: document, key: key.key,
                                               expectations: ProofExpectations(proofPurpose: Self.assertion), pointer: entry.pointer)
        } catch {
            return (finding(error.verdict, explain(error, label: "\(label) (\(suite))", document: document, key: key.key, evidence: evidence),
                            before: checks), key)
        }
        guard result.signatureValid else {
            let reason = result.problems.first { if case .purposeMismatch = $0 { false } else { true } }?.description ?? "the signature does not match"
            var failure = evidence
            failure["detail"] = .string(reason)
            return (finding(.failed, .failed(.signatureInvalid, "\(label) (\(suite)) is not valid: \(reason).", evidence: failure), before: checks), key)
        }
        checks.append(.passed(.signatureValid, "\(label) (\(suite)) has a valid signature: the credential has not changed since the key \(key.verificationMethod) signed it.",
                              evidence: evidence))
        if let expired = expiry(evidence: evidence, label: label) {
            return (finding(.failed, expired, before: checks), key)
        }
        if !result.verified {
            let reason = result.problems.map(\.description).joined(separator: "; ")
            return (finding(.otherPurpose, .failed(.proofPurposeMismatch, "\(label): \(reason), so it does not assert the credential.",
                                                   evidence: evidence), before: checks), key)
        }
        guard issuersKey else {
            let issuer = issuerID ?? "no issuer"
            return (finding(.thirdParty, .failed(.keyControllerMismatch, "\(label): the signing key belongs to \(key.controller), not to the issuer the credential names (\(issuer)).",
                                                 evidence: keyEvidence), before: checks), key)
        }
        if suite.isLegacy {
            checks.append(.warning(.proofLegacySuite, "\(label) uses the legacy \(suite) suite. It is accepted; new credentials are signed with eddsa-rdfc-2022, the suite Open Badges 3.0 requires.",
                                   evidence: evidence))
        }
        return (ProofFinding(verdict: .proves, checks: checks), key)
    }

    /// The check for a proof that could not be verified. When safe mode refused the credential, the
    /// signature is also computed the lenient way, only to say which failure it is: a signature that does
    /// not match even then means the credential was changed after signing; one that matches means the
    /// undefined terms carry no signature at all (signed that way, or added later: nobody can tell).
    func explain(_ error: DataIntegrityError, label: String, document: JSONObject, key: SigningPublicKey, evidence: JSONObject) -> Check {
        guard error.code == .invalidJSONLD,
              let lenient = processor.diagnoseWithoutSafeMode(entry.proof, unsecuredDocument: document, key: key)
        else { return error.check(label: label, evidence: evidence) }
        var evidence = evidence
        evidence["detail"] = .string(error.description)
        if let location = error.location { evidence["location"] = .string(location) }
        if lenient {
            return .failed(.proofCanonicalizationFailed,
                           "\(label) cannot vouch for the whole credential: it contains terms no context defines, which no signature covers (they may have been added after signing): \(error.message).",
                           evidence: evidence)
        }
        return .failed(.signatureInvalid,
                       "\(label) is not valid: the credential was changed after it was signed (and it now uses terms no context defines: \(error.message)).",
                       evidence: evidence)
    }

    func finding(_ verdict: ProofFinding.Verdict, _ check: Check, before: [Check] = []) -> ProofFinding {
        ProofFinding(verdict: verdict, checks: before + [check])
    }

    /// A failed check when the proof's `expires` has passed (allowing the clock skew).
    func expiry(evidence: JSONObject, label: String) -> Check? {
        guard let text = entry.proof["expires"]?.stringValue, let now,
              let expires = try? DateTime(parsing: text, allowingMissingTimeZone: true) else { return nil }
        guard expires.secondsSince1970 < now.secondsSince1970 - skew else { return nil }
        return .failed(.proofExpired, "\(label) expired on \(expires).", evidence: evidence)
    }
}

extension DataIntegrityError {
    /// How a proof that could not be checked weighs: a context Laurel lacks or a suite it does not know
    /// leaves the question open; anything else is a broken proof or document.
    var verdict: ProofFinding.Verdict {
        switch code {
        case .unknownContext, .unsupportedSuite: .undecided
        default: .failed
        }
    }

    func check(label: String, evidence: JSONObject) -> Check {
        var evidence = evidence
        evidence["detail"] = .string(description)
        if let location { evidence["location"] = .string(location) }
        switch code {
        case .unknownContext:
            return .undecided(.proofContextUnavailable, "\(label) cannot be checked: \(message).", evidence: evidence)
        case .unsupportedSuite:
            return .undecided(.proofUnsupported, "\(label) cannot be checked: \(message).", evidence: evidence)
        case .invalidJSONLD, .canonicalizationLimit:
            return .failed(.proofCanonicalizationFailed, "\(label) cannot be verified because the credential cannot be canonicalized: \(message).",
                           evidence: evidence)
        case .keyMismatch:
            return .failed(.keyInvalid, "\(label): \(message).", evidence: evidence)
        case .previousProofMissing:
            return .failed(.proofPreviousMissing, "\(label): \(message).", evidence: evidence)
        case .malformedProof, .malformedDocument, .tooManyProofs, .signingFailed:
            return .failed(.proofMalformed, "\(label) is malformed: \(message).", evidence: evidence)
        }
    }

}

extension ProofEvaluation {
    /// The method types each suite accepts: Multikey everywhere; JsonWebKey for the ECDSA suites;
    /// Ed25519VerificationKey2020 for the legacy Ed25519 suites. The key itself must be of the suite's type.
    static func check(_ method: ResolvedKey, suite: Cryptosuite) throws(KeyResolutionError) {
        let id = method.verificationMethod
        let allowed: [String]
        switch suite {
        case .eddsaRdfc2022, .eddsaJcs2022: allowed = ["Multikey"]
        case .ecdsaRdfc2019, .ecdsaJcs2019: allowed = ["Multikey", "JsonWebKey", "JsonWebKey2020"]
        case .eddsa2022, .ed25519Signature2020: allowed = ["Multikey", "Ed25519VerificationKey2020"]
        }
        guard allowed.contains(where: { $0.isByteEqual(to: method.methodType) }) else {
            throw .invalid(id, reason: "\(suite) proofs are checked with \(allowed.joined(separator: " or ")) verification methods, not \(method.methodType)")
        }
        let type = method.key.keyType
        guard suite.accepts(type) else {
            throw .invalid(id, reason: "the key is \(type), and \(suite) needs \(suite.keyTypes.map(\.rawValue).joined(separator: " or "))")
        }
    }
}
