import BadgeCrypto

/// Creates and verifies Data Integrity proofs (VC Data Integrity 1.0, EdDSA and ECDSA Cryptosuites v1.0).
///
/// JSON-LD processing always runs in safe mode, with the processor's document loader: a context the
/// loader does not have is an error naming its URL, and a term no context defines is an error naming the
/// term, never data silently left out of the signature. RDF Dataset Canonicalization runs within
/// `canonicalizationLimits`, so a poisoned graph costs bounded time.
///
/// Keep one processor for the life of the program (`DataIntegrityProcessor.bundled` for Laurel's own
/// contexts): it keeps the contexts it has processed, so a warm processor spends its time on the
/// document, not on contexts.
///
/// ```swift
/// let created = try DataIntegrityProcessor.bundled.createProof(for: credential, options: options, key: key)
/// let check = try DataIntegrityProcessor.bundled.verifyProof(created.proof, unsecuredDocument: credential, key: publicKey)
/// ```
public final class DataIntegrityProcessor: Sendable {
    /// A processor over Laurel's bundled contexts, shared by the issuer, the verifier and the CLI.
    public static let bundled = DataIntegrityProcessor()

    /// The most proofs one document may carry; each costs a canonicalization.
    public static let maxProofs = 16

    /// The safe-mode JSON-LD processor the RDFC suites use.
    public let jsonLD: JSONLDProcessor
    /// The same without safe mode, for `diagnoseWithoutSafeMode` only: never the ground for accepting a proof.
    let lenientJSONLD: JSONLDProcessor
    public let canonicalizationLimits: RDFCanonicalizer.Limits

    public init(loader: any DocumentLoader = BundledDocumentLoader(), jsonLDLimits: JSONLDLimits = .default,
                canonicalizationLimits: RDFCanonicalizer.Limits = .default) {
        jsonLD = JSONLDProcessor(loader: loader, options: JSONLDOptions(safeMode: true, limits: jsonLDLimits))
        lenientJSONLD = JSONLDProcessor(loader: loader, options: JSONLDOptions(safeMode: false, limits: jsonLDLimits))
        self.canonicalizationLimits = canonicalizationLimits
    }

    // MARK: Creating

    /// Creates a proof of `document` (the suite's Create Proof algorithm). `document` is signed as given:
    /// to add a proof to a document that already has some, use `addProof(to:options:key:)`.
    public func createProof(for document: JSONObject, options: ProofOptions, key: SigningPrivateKey)
        throws(DataIntegrityError) -> CreatedProof
    {
        let suite = options.suite
        guard !suite.isLegacy else {
            throw DataIntegrityError(.unsupportedSuite, "\(suite) is a legacy suite: Laurel verifies it but creates proofs only with "
                                     + Cryptosuite.creatable.map(\.rawValue).joined(separator: ", "))
        }
        try Self.checkKey(key.keyType, fits: suite)
        var proof = options.json
        // JCS suites carry the document's @context in the proof, so the proof can join a proof set or chain.
        if suite.canonicalization == .jcs, let context = document["@context"] { proof["@context"] = context }
        try ProofMembers.validate(proof, suite: suite, pointer: "/proof")
        let intermediates = try hashInput(unsecuredDocument: document, proofOptions: proof, suite: suite, keyType: key.keyType)
        let signature: [UInt8]
        do { signature = try key.signature(for: intermediates.hashData) } catch {
            throw DataIntegrityError(.signingFailed, "the \(key.keyType) key could not sign: \(error)")
        }
        proof["proofValue"] = .string(Multibase.base58btc.encode(signature))
        return CreatedProof(proof: proof, signature: signature, intermediates: intermediates)
    }

    /// Adds a proof to `securedDocument` (VC Data Integrity 1.0 §4.3): a first proof becomes the `proof`
    /// object; a further one joins the others in a list (a proof set), and when `options.previousProof`
    /// names earlier proofs, they are secured with the document (a proof chain).
    public func addProof(to securedDocument: JSONObject, options: ProofOptions, key: SigningPrivateKey)
        throws(DataIntegrityError) -> (document: JSONObject, created: CreatedProof)
    {
        let allProofs = try ProofSet.proofs(in: securedDocument, limit: Self.maxProofs - 1)
        var input = securedDocument
        input.removeValue(forKey: "proof")
        var output = input
        input = try ProofSet.documentWithMatchingProofs(input, references: options.previousProof, allProofs: allProofs,
                                                        pointer: "/proof")
        let created = try createProof(for: input, options: options, key: key)
        output["proof"] = allProofs.isEmpty ? .object(created.proof) : .array((allProofs + [created.proof]).map(JSON.object))
        return (output, created)
    }

    // MARK: Verifying

    /// Verifies one proof (the suite's Verify Proof algorithm, with the checks of VC Data Integrity 1.0
    /// §4.4) against `unsecuredDocument`: the secured document without `proof`, or, for a chained proof,
    /// with the earlier proofs it names (`ProofSet.entries(of:)` builds it). `key` is the public key of the
    /// proof's verification method, which the caller resolved and tied to the right controller.
    ///
    /// A signature that does not match is a result (`verified` false, with its problems), not an error;
    /// errors are proofs that cannot be checked at all: an unknown suite, a malformed proof, a document
    /// JSON-LD refuses, a key of the wrong type.
    public func verifyProof(_ proof: JSONObject, unsecuredDocument: JSONObject, key: SigningPublicKey,
                            expectations: ProofExpectations = ProofExpectations(), pointer: String = "/proof")
        throws(DataIntegrityError) -> ProofVerification
    {
        let suite: Cryptosuite
        switch Cryptosuite.identify(proof) {
        case .known(let known): suite = known
        case .unknown(let name): throw DataIntegrityError(.unsupportedSuite, "Laurel does not implement \(name)", location: pointer)
        }
        try ProofMembers.validate(proof, suite: suite, pointer: pointer)
        try Self.checkKey(key.keyType, fits: suite)
        var problems = ProofMembers.unmet(expectations, by: proof)
        guard let document = Self.documentToVerify(unsecuredDocument, against: proof, suite: suite) else {
            return ProofVerification(suite: suite, signatureValid: false, problems: problems + [.contextMismatch], intermediates: nil)
        }
        let intermediates = try hashInput(unsecuredDocument: document, proofOptions: proof, suite: suite, keyType: key.keyType)
        let signatureValid: Bool
        switch ProofMembers.signature(in: proof) {
        case .success(let signature):
            signatureValid = key.isValidSignature(signature, for: intermediates.hashData)
            if !signatureValid { problems.append(.signatureMismatch) }
        case .failure(let problem):
            signatureValid = false
            problems.append(problem)
        }
        return ProofVerification(suite: suite, signatureValid: signatureValid, problems: problems, intermediates: intermediates)
    }

    /// After safe mode refused a document, tells what the proof's signature says about it when terms no
    /// context defines are dropped, as a lenient processor would: false when even then it does not match
    /// (the credential was changed after signing), true when it matches (the signer signed a document
    /// with undefined terms, which then carry no signature), nil when it cannot be computed at all.
    ///
    /// For explaining a failure only: a proof is never accepted on this basis.
    public func diagnoseWithoutSafeMode(_ proof: JSONObject, unsecuredDocument: JSONObject, key: SigningPublicKey) -> Bool? {
        guard case .known(let suite) = Cryptosuite.identify(proof), suite.canonicalization == .rdfc, suite.accepts(key.keyType),
              case .success(let signature) = ProofMembers.signature(in: proof),
              let intermediates = try? hashInput(unsecuredDocument: unsecuredDocument, proofOptions: proof, suite: suite,
                                                 keyType: key.keyType, jsonLD: lenientJSONLD)
        else { return nil }
        return key.isValidSignature(signature, for: intermediates.hashData)
    }

    /// The document a proof's signature is checked over: `unsecuredDocument` itself, except that a JCS
    /// proof carrying an `@context` must find it at the start of the document's, and then stands in for it
    /// (the JCS suites' Verify Proof, step 4). Nil when the contexts do not match.
    public static func documentToVerify(_ unsecuredDocument: JSONObject, against proof: JSONObject, suite: Cryptosuite) -> JSONObject? {
        guard suite.canonicalization == .jcs, let proofContext = proof["@context"] else { return unsecuredDocument }
        guard context(unsecuredDocument["@context"], startsWith: proofContext) else { return nil }
        var document = unsecuredDocument
        document["@context"] = proofContext
        return document
    }

    // MARK: Hashing

    /// The suite's transformation, proof configuration and hashing: the canonical document, the canonical
    /// proof configuration (the proof's members without `proofValue`; for RDFC suites with the document's
    /// `@context`) and their hashes. This is what both creation and verification sign or check, and what
    /// `laurel canonicalize` prints.
    public func hashInput(unsecuredDocument: JSONObject, proofOptions: JSONObject, suite: Cryptosuite, keyType: KeyType)
        throws(DataIntegrityError) -> ProofIntermediates
    {
        try hashInput(unsecuredDocument: unsecuredDocument, proofOptions: proofOptions, suite: suite, keyType: keyType, jsonLD: jsonLD)
    }

    func hashInput(unsecuredDocument: JSONObject, proofOptions: JSONObject, suite: Cryptosuite, keyType: KeyType,
                   jsonLD: JSONLDProcessor) throws(DataIntegrityError) -> ProofIntermediates
    {
        var configuration = proofOptions
        configuration.removeValue(forKey: "proofValue")
        if suite.canonicalization == .rdfc { configuration["@context"] = unsecuredDocument["@context"] }
        let digest = suite.digest(for: keyType)
        let canonicalDocument = try canonicalForm(of: unsecuredDocument, suite: suite, digest: digest, part: "document", jsonLD: jsonLD)
        let canonicalConfiguration = try canonicalForm(of: configuration, suite: suite, digest: digest, part: "proof configuration",
                                                       jsonLD: jsonLD)
        return ProofIntermediates(suite: suite, digest: digest, unsecuredDocument: unsecuredDocument,
                                  proofConfiguration: configuration, canonicalDocument: canonicalDocument,
                                  canonicalProofConfiguration: canonicalConfiguration)
    }

    /// The suite's canonical form of `object`: JCS bytes, or the canonical N-Quads of its RDF dataset.
    public func canonicalForm(of object: JSONObject, suite: Cryptosuite, digest: DigestAlgorithm = .sha256,
                              part: String = "document") throws(DataIntegrityError) -> [UInt8] {
        try canonicalForm(of: object, suite: suite, digest: digest, part: part, jsonLD: jsonLD)
    }

    func canonicalForm(of object: JSONObject, suite: Cryptosuite, digest: DigestAlgorithm, part: String, jsonLD: JSONLDProcessor)
        throws(DataIntegrityError) -> [UInt8]
    {
        switch suite.canonicalization {
        case .jcs:
            return JCS.canonicalize(.object(object))
        case .rdfc:
            return try canonicalNQuads(of: object, hash: suite.rdfcHash(for: digest), part: part, jsonLD: jsonLD).nquads
        }
    }

    /// The RDFC-1.0 canonical form of `object`'s dataset, from safe-mode JSON-LD.
    public func canonicalNQuads(of object: JSONObject, hash: RDFCanonicalizer.HashAlgorithm = .sha256, part: String = "document")
        throws(DataIntegrityError) -> CanonicalizedDataset
    {
        try canonicalNQuads(of: object, hash: hash, part: part, jsonLD: jsonLD)
    }

    func canonicalNQuads(of object: JSONObject, hash: RDFCanonicalizer.HashAlgorithm, part: String, jsonLD: JSONLDProcessor)
        throws(DataIntegrityError) -> CanonicalizedDataset
    {
        let quads: [RDFQuad]
        do { quads = try jsonLD.toRDF(.object(object)) } catch {
            throw Self.describe(error, part: part)
        }
        do {
            return try RDFCanonicalizer(hashAlgorithm: hash, limits: canonicalizationLimits).canonicalize(quads)
        } catch {
            let code: DataIntegrityError.Code = error.code == .limitExceeded ? .canonicalizationLimit : .invalidJSONLD
            throw DataIntegrityError(code, "the \(part) cannot be canonicalized: \(error.message)")
        }
    }

    // MARK: Helpers

    static func checkKey(_ type: KeyType, fits suite: Cryptosuite) throws(DataIntegrityError) {
        guard suite.accepts(type) else {
            throw DataIntegrityError(.keyMismatch, "\(suite) proofs are made with \(suite.keyTypes.map(\.rawValue).joined(separator: " or ")) keys, not \(type)")
        }
    }

    /// A JSON-LD failure as a Data Integrity error: an unavailable context keeps its own code, since a
    /// verifier that lacks a context cannot decide, while a document JSON-LD refuses is broken.
    static func describe(_ error: JSONLDError, part: String) -> DataIntegrityError {
        switch error.code {
        case .loadingRemoteContextFailed, .loadingDocumentFailed:
            return DataIntegrityError(.unknownContext, "the \(part) names a context Laurel does not have: \(error.message)",
                                      location: error.location)
        default:
            return DataIntegrityError(.invalidJSONLD, "JSON-LD refuses the \(part) (\(error.code.rawValue)): \(error.message)",
                                      location: error.location)
        }
    }

    /// Whether `context` (a value or a list) begins with the values of `prefix`, in order.
    static func context(_ context: JSON?, startsWith prefix: JSON) -> Bool {
        let whole = context.map(\.asArray) ?? []
        let start = prefix.asArray
        return start.count <= whole.count && zip(start, whole).allSatisfy { $0 == $1 }
    }
}

extension Cryptosuite {
    /// The hash RDFC-1.0 uses inside canonicalization: the suite's own (the ECDSA suites ask for a hash of
    /// the curve's security level; the EdDSA suites use SHA-256).
    func rdfcHash(for digest: DigestAlgorithm) -> RDFCanonicalizer.HashAlgorithm {
        digest == .sha384 ? .sha384 : .sha256
    }
}
