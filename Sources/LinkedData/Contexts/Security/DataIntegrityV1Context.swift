import LaurelJSON

/// `https://w3id.org/security/data-integrity/v1`: the `DataIntegrityProof` type and the `proof` graph,
/// from the first Data Integrity drafts.
enum DataIntegrityV1Context: ContextWriter {
    static let url = "https://w3id.org/security/data-integrity/v1"

    static func document() -> JSON {
        context {
            idAndType
            protected
            proofGraph()
            dataIntegrityProofType(.v1)
        }
    }
}
