import LaurelJSON

/// `https://w3id.org/security/data-integrity/v2`: the `DataIntegrityProof` type of Verifiable Credential
/// Data Integrity 1.0, with the typed `cryptosuite` and `previousProof` for proof chains.
enum DataIntegrityV2Context: ContextWriter {
    static let url = "https://w3id.org/security/data-integrity/v2"

    static func document() -> JSON {
        context {
            idAndType
            protected
            proofGraph()
            dataIntegrityProofType(.v2)
        }
    }
}
