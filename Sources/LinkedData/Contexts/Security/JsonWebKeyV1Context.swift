import LaurelJSON

/// `https://w3id.org/security/jwk/v1`: the `JsonWebKey` verification method, whose keys are JWKs kept
/// as JSON literals.
enum JsonWebKeyV1Context: ContextWriter {
    static let url = "https://w3id.org/security/jwk/v1"

    static func document() -> JSON {
        let sec = Vocabulary.security
        return context {
            idAndType
            protected
            type("JsonWebKey", sec.JsonWebKey) {
                verificationMethodLifecycle(expires: true)
                json("publicKeyJwk", sec.publicKeyJwk)
                json("secretKeyJwk", sec.secretKeyJwk)
            }
        }
    }
}
