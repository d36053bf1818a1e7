import LaurelJSON

/// `https://w3id.org/security/multikey/v1`: the `Multikey` verification method, whose keys are
/// multibase-encoded multicodec values (`z6Mk…` for Ed25519).
enum MultikeyV1Context: ContextWriter {
    static let url = "https://w3id.org/security/multikey/v1"

    static func document() -> JSON {
        let sec = Vocabulary.security
        return context {
            idAndType
            protected
            type("Multikey", sec.Multikey) {
                verificationMethodLifecycle(expires: true)
                typed("publicKeyMultibase", sec.publicKeyMultibase, sec.multibase)
                typed("secretKeyMultibase", sec.secretKeyMultibase, sec.multibase)
            }
        }
    }
}
