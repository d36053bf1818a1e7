import BadgeCrypto

/// The Data Integrity cryptographic suites Laurel knows: the four of the W3C EdDSA and ECDSA Cryptosuites
/// v1.0, which it creates and verifies, and two legacy forms still found in credentials people hold,
/// which it only verifies.
///
/// A suite fixes how a document is transformed (RDF Dataset Canonicalization or JCS), which hash is
/// used, and which keys may sign. ECDSA suites hash with the curve's own SHA-2: SHA-256 for P-256,
/// SHA-384 for P-384.
public enum Cryptosuite: String, Sendable, CaseIterable, CustomStringConvertible {
    /// `DataIntegrityProof` / `eddsa-rdfc-2022`: Ed25519 over RDFC-1.0 (the suite Open Badges 3.0 requires).
    case eddsaRdfc2022 = "eddsa-rdfc-2022"
    /// `DataIntegrityProof` / `eddsa-jcs-2022`: Ed25519 over JCS.
    case eddsaJcs2022 = "eddsa-jcs-2022"
    /// `DataIntegrityProof` / `ecdsa-rdfc-2019`: ECDSA (P-256 or P-384) over RDFC-1.0.
    case ecdsaRdfc2019 = "ecdsa-rdfc-2019"
    /// `DataIntegrityProof` / `ecdsa-jcs-2019`: ECDSA (P-256 or P-384) over JCS.
    case ecdsaJcs2019 = "ecdsa-jcs-2019"
    /// `DataIntegrityProof` / `eddsa-2022`: the draft name of eddsa-rdfc-2022, with the same algorithm.
    /// Verified, never created.
    case eddsa2022 = "eddsa-2022"
    /// The `Ed25519Signature2020` proof type (no `cryptosuite`), with its own context. Verified, never
    /// created.
    case ed25519Signature2020 = "Ed25519Signature2020"

    /// How a suite turns JSON into the bytes it hashes.
    public enum Canonicalization: String, Sendable {
        /// JSON-LD to RDF (safe mode), then RDF Dataset Canonicalization (RDFC-1.0) to N-Quads.
        case rdfc = "RDFC-1.0"
        /// The JSON Canonicalization Scheme (RFC 8785).
        case jcs = "JCS"
    }

    /// The proof `type` of proofs of this suite.
    public var proofType: String {
        self == .ed25519Signature2020 ? "Ed25519Signature2020" : "DataIntegrityProof"
    }

    /// The `cryptosuite` member of proofs of this suite; nil for `Ed25519Signature2020`.
    public var cryptosuiteName: String? { self == .ed25519Signature2020 ? nil : rawValue }

    public var canonicalization: Canonicalization {
        switch self {
        case .eddsaJcs2022, .ecdsaJcs2019: .jcs
        case .eddsaRdfc2022, .ecdsaRdfc2019, .eddsa2022, .ed25519Signature2020: .rdfc
        }
    }

    /// Legacy suites are verified for the credentials already issued with them, never created.
    public var isLegacy: Bool { self == .eddsa2022 || self == .ed25519Signature2020 }

    /// The key types that sign proofs of this suite.
    public var keyTypes: [KeyType] {
        switch self {
        case .eddsaRdfc2022, .eddsaJcs2022, .eddsa2022, .ed25519Signature2020: [.ed25519]
        case .ecdsaRdfc2019, .ecdsaJcs2019: [.p256, .p384]
        }
    }

    /// Whether a key of `type` signs proofs of this suite.
    public func accepts(_ type: KeyType) -> Bool { keyTypes.contains(type) }

    /// The hash of the canonical forms (and, for RDFC, of RDFC-1.0's own blank node hashing) with a key of
    /// `type`: SHA-384 for P-384, SHA-256 otherwise.
    public func digest(for type: KeyType) -> DigestAlgorithm { type == .p384 ? .sha384 : .sha256 }

    /// The suite Laurel creates by default with a key of `type`: eddsa-rdfc-2022 for Ed25519,
    /// ecdsa-rdfc-2019 for P-256 and P-384; nil for RSA, which no Data Integrity suite uses.
    public static func defaultSuite(for type: KeyType) -> Cryptosuite? {
        switch type {
        case .ed25519: .eddsaRdfc2022
        case .p256, .p384: .ecdsaRdfc2019
        case .rsa: nil
        }
    }

    /// The suites Laurel creates proofs with.
    public static var creatable: [Cryptosuite] { allCases.filter { !$0.isLegacy } }

    /// The suite named on the command line or in configuration: a `cryptosuite` value or
    /// `Ed25519Signature2020`.
    public init?(name: String) {
        guard let suite = Cryptosuite.allCases.first(where: { $0.rawValue.isByteEqual(to: name) }) else { return nil }
        self = suite
    }

    /// The suite of a proof, from its `type` and `cryptosuite` members.
    public static func identify(_ proof: JSONObject) -> Identification {
        guard let type = proof["type"]?.stringValue else {
            return .unknown(proof["type"] == nil ? "a proof without a type" : "a proof whose type is not a string")
        }
        if type.isByteEqual(to: "Ed25519Signature2020") { return .known(.ed25519Signature2020) }
        guard type.isByteEqual(to: "DataIntegrityProof") else { return .unknown(type) }
        guard let name = proof["cryptosuite"]?.stringValue else {
            return .unknown("DataIntegrityProof without a cryptosuite")
        }
        guard let suite = Cryptosuite(name: name), suite != .ed25519Signature2020 else {
            return .unknown("DataIntegrityProof with cryptosuite \(name)")
        }
        return .known(suite)
    }

    /// What `identify(_:)` found.
    public enum Identification: Sendable, Equatable {
        case known(Cryptosuite)
        /// A suite Laurel does not implement, described for a person ("BbsBlsSignature2020",
        /// "DataIntegrityProof with cryptosuite ecdsa-sd-2023").
        case unknown(String)
    }

    public var description: String { rawValue }
}
