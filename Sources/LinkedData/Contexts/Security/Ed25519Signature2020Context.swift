import LaurelJSON

/// `https://w3id.org/security/suites/ed25519-2020/v1`: the legacy Ed25519Signature2020 proof type and
/// the Ed25519VerificationKey2020 key type. This is the published document (the one the 1EdTech validator
/// serves); an older, smaller draft in the vc-di-eddsa repository canonicalizes that suite's vector the
/// same way but is not what verifiers load.
enum Ed25519Signature2020Context: ContextWriter {
    static let url = "https://w3id.org/security/suites/ed25519-2020/v1"

    static func document() -> JSON {
        let sec = Vocabulary.security
        return context {
            idAndType
            protected
            proofGraph()
            type("Ed25519VerificationKey2020", sec.Ed25519VerificationKey2020) {
                verificationMethodLifecycle(expires: false)
                typed("publicKeyMultibase", sec.publicKeyMultibase, sec.multibase)
            }
            type("Ed25519Signature2020", sec.Ed25519Signature2020) {
                dataIntegrityProofOptions
            }
        }
    }
}
