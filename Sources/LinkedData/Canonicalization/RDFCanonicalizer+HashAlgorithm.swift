import BadgeCrypto

extension RDFCanonicalizer {
    /// The hash function of RDFC-1.0. The Recommendation uses SHA-256; it allows a different one, which
    /// changes every hash and so the output (the test suite has SHA-384 cases).
    public enum HashAlgorithm: String, Sendable, CaseIterable {
        case sha256 = "SHA-256"
        case sha384 = "SHA-384"

        /// Reads names as test manifests and options spell them: "SHA256", "SHA-256", "sha256".
        public init?(name: String) {
            switch String(name.uppercased().filter { $0 != "-" }) {
            case "SHA256": self = .sha256
            case "SHA384": self = .sha384
            default: return nil
            }
        }

        var digest: DigestAlgorithm {
            switch self {
            case .sha256: .sha256
            case .sha384: .sha384
            }
        }
    }
}
