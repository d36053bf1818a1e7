import BadgeCrypto
import OpenBadges

/// Signs credentials with an embedded Data Integrity proof (OB 3.0 §8.3, "Linked Data Proof Format").
///
/// The suite follows the key unless one is asked for: eddsa-rdfc-2022 for Ed25519 (the suite OB 3.0
/// certification accepts), ecdsa-rdfc-2019 for P-256 and P-384; RSA keys have no Data Integrity suite.
/// The proof is made for `assertionMethod`, `created` now (whole seconds, UTC), and names the key as
/// `ProofKeyReference.verificationMethod(forIssuer:key:)` decides.
///
/// The credential must already carry the contexts that define the proof's terms: VC 2.0 credentials do;
/// a VC 1.1 credential needs `https://w3id.org/security/data-integrity/v2`.
public enum DataIntegritySigner {
    /// Encodes `credential` and signs it.
    public static func sign<Subject>(_ credential: VerifiableCredential<Subject>, with key: IssuerKey, suite: Cryptosuite? = nil,
                                     created: DateTime? = nil) throws(IssuanceError) -> JSONObject {
        guard case .object(let document) = credential.json else {
            throw .signingFailed("the credential did not encode as a JSON object")
        }
        return try sign(document: document, with: key, suite: suite, created: created)
    }

    /// Adds a proof to a credential document (the JSON an issuer built once and proves in one or more
    /// formats). A document that already has proofs gets one more, in a proof set.
    public static func sign(document: JSONObject, with key: IssuerKey, suite: Cryptosuite? = nil, created: DateTime? = nil,
                            processor: DataIntegrityProcessor = .bundled) throws(IssuanceError) -> JSONObject {
        let options = try proofOptions(for: document, key: key, suite: suite, created: created)
        do {
            return try processor.addProof(to: document, options: options, key: key.privateKey).document
        } catch {
            switch error.code {
            case .unknownContext, .invalidJSONLD, .canonicalizationLimit, .malformedDocument, .malformedProof, .tooManyProofs:
                throw .proofUnavailable(error.description)
            default:
                throw .signingFailed(error.description)
            }
        }
    }

    /// The options of the proof `sign` adds.
    public static func proofOptions(for document: JSONObject, key: IssuerKey, suite: Cryptosuite? = nil, created: DateTime? = nil)
        throws(IssuanceError) -> ProofOptions
    {
        let chosen = try self.suite(suite, for: key.privateKey.keyType)
        try checkContext(document["@context"])
        let issuer = document["issuer"]
        guard let issuerID = issuer?.stringValue ?? issuer?["id"]?.stringValue else {
            throw .invalidIssuer("the credential has no issuer id")
        }
        let method = try ProofKeyReference.verificationMethod(forIssuer: issuerID, key: key)
        let instant: DateTime
        if let created {
            instant = created
        } else {
            do { instant = try DateTime.now() } catch { throw .signingFailed("cannot read the clock: \(error)") }
        }
        return ProofOptions(suite: chosen, verificationMethod: method, proofPurpose: "assertionMethod",
                            created: Self.wholeSecondsUTC(instant))
    }

    /// The suite asked for, checked against the key, or the key's default suite.
    static func suite(_ requested: Cryptosuite?, for type: KeyType) throws(IssuanceError) -> Cryptosuite {
        guard let suite = requested ?? Cryptosuite.defaultSuite(for: type) else {
            throw .proofUnavailable("\(type) keys have no Data Integrity cryptosuite; sign with an Ed25519, P-256 or P-384 key, or issue a VC-JWT")
        }
        guard !suite.isLegacy else {
            throw .proofUnavailable("\(suite) is a legacy suite Laurel only verifies; choose one of \(Cryptosuite.creatable.map(\.rawValue).joined(separator: ", "))")
        }
        guard suite.accepts(type) else {
            throw .proofUnavailable("\(suite) needs a \(suite.keyTypes.map(\.rawValue).joined(separator: " or ")) key, and this key is \(type)")
        }
        return suite
    }

    /// The contexts that define `DataIntegrityProof` and its members: VC 2.0, or the Data Integrity
    /// context added to a VC 1.1 credential.
    static let proofContexts = [
        BundledContexts.credentialsV2, BundledContexts.dataIntegrityV2, "https://w3id.org/security/data-integrity/v1",
    ]

    static func checkContext(_ context: JSON?) throws(IssuanceError) {
        let urls = context.map(\.asArray)?.compactMap(\.stringValue) ?? []
        guard urls.contains(where: { url in proofContexts.contains { $0.isByteEqual(to: url) } }) else {
            throw .proofUnavailable("the credential's @context does not define Data Integrity proofs; VC 2.0 credentials (\(BundledContexts.credentialsV2)) do, and a VC 1.1 credential needs \(BundledContexts.dataIntegrityV2)")
        }
    }

    /// `2026-01-15T09:00:00Z`: the instant in UTC without fractions, as credentials conventionally write it.
    static func wholeSecondsUTC(_ instant: DateTime) -> String {
        (try? DateTime(secondsSince1970: instant.secondsSince1970))?.text ?? instant.inUTC.text
    }
}
