import LaurelJSON

/// `https://w3id.org/security/v2`: security v1 plus the 2018–2019 key, signature and capability terms.
/// It imports `https://w3id.org/security/v1` and relies on that context's `sec:` and `xsd:` prefixes.
enum SecurityV2Context: ContextWriter {
    static let url = "https://w3id.org/security/v2"

    private static let sec = Vocabulary.security.compact("sec")
    private static let xsd = Vocabulary.xsd.compact("xsd")

    static func document() -> JSON {
        contexts([
            object { version11 },
            .string(SecurityV1Context.url),
            object {
                iris(sec, "AesKeyWrappingKey2019", "DeleteKeyOperation", "DeriveSecretOperation")
                iris(sec, "EcdsaSecp256k1Signature2019", "EcdsaSecp256r1Signature2019")
                iris(sec, "EcdsaSecp256k1VerificationKey2019", "EcdsaSecp256r1VerificationKey2019")
                iris(sec, "Ed25519Signature2018", "Ed25519VerificationKey2018", "EquihashProof2018")
                iris(sec, "ExportKeyOperation", "GenerateKeyOperation", "KmsOperation", "RevokeKeyOperation")
                iris(sec, "RsaSignature2018", "RsaVerificationKey2018", "Sha256HmacKey2019", "SignOperation")
                iris(sec, "UnwrapKeyOperation", "VerifyOperation", "WrapKeyOperation", "X25519KeyAgreementKey2019")

                iri("allowedAction", sec.allowedAction)
                verificationRelationships(sec)
                reference("capability", sec.capability)
                iri("capabilityAction", sec.capabilityAction)
                reference("capabilityChain", sec.capabilityChain, container: .list)
                reference("caveat", sec.caveat, container: .set)
                iris(sec, "challenge", "ciphertext")
                references(sec, "controller", "delegator")
                typed("equihashParameterK", sec.equihashParameterK, xsd.integer)
                typed("equihashParameterN", sec.equihashParameterN, xsd.integer)
                references(sec, "invocationTarget", "invoker")
                iri("jws", sec.jws)
                term("kmsModule", sec.kmsModule)
                reference("parentCapability", sec.parentCapability)
                iri("plaintext", sec.plaintext)
                proofGraph(sec)
                vocabularyReference("proofPurpose", sec.proofPurpose)
                iris(sec, "proofValue", "referenceId", "unwrappedKey")
                reference("verificationMethod", sec.verificationMethod)
                iris(sec, "verifyData", "wrappedKey")
            },
        ])
    }
}
