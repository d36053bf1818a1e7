import LaurelJSON

/// `https://w3id.org/security/v1`: the first Linked Data security vocabulary (keys, signatures and
/// encrypted messages of the 2015–2018 signature suites), written with `sec:` and `dc:` compact IRIs.
enum SecurityV1Context: ContextWriter {
    static let url = "https://w3id.org/security/v1"

    private static let dc = Vocabulary.dcterms.compact("dc")
    private static let sec = Vocabulary.security.compact("sec")
    private static let xsd = Vocabulary.xsd.compact("xsd")

    static func document() -> JSON {
        context {
            idAndType
            prefix(dc, sec, xsd)

            iris(sec, "EcdsaKoblitzSignature2016", "Ed25519Signature2018", "EncryptedMessage", "GraphSignature2012")
            iris(sec, "LinkedDataSignature2015", "LinkedDataSignature2016")
            iri("CryptographicKey", sec.Key)

            iris(sec, "authenticationTag", "canonicalizationAlgorithm", "cipherAlgorithm", "cipherData", "cipherKey")
            typed("created", dc.created, xsd.dateTime)
            reference("creator", dc.creator)
            iris(sec, "digestAlgorithm", "digestValue", "domain", "encryptionKey")
            typed("expiration", sec.expiration, xsd.dateTime)
            typed("expires", sec.expiration, xsd.dateTime)
            iris(sec, "initializationVector", "iterationCount", "nonce", "normalizationAlgorithm")
            reference("owner", sec.owner)
            iri("password", sec.password)
            reference("privateKey", sec.privateKey)
            iri("privateKeyPem", sec.privateKeyPem)
            reference("publicKey", sec.publicKey)
            iris(sec, "publicKeyBase58", "publicKeyPem", "publicKeyWif")
            reference("publicKeyService", sec.publicKeyService)
            typed("revoked", sec.revoked, xsd.dateTime)
            iris(sec, "salt", "signature")
            iri("signatureAlgorithm", sec.signingAlgorithm)
            iri("signatureValue", sec.signatureValue)
        }
    }
}
