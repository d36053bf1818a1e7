import LaurelJSON

/// `https://www.w3.org/2018/credentials/v1`: the Verifiable Credentials Data Model 1.1 context, with
/// the 2018–2019 signature suites that VC 1.1 credentials were signed with.
enum CredentialsV1Context: ContextWriter {
    static let url = "https://www.w3.org/2018/credentials/v1"

    private static let cred = Vocabulary.credentials.compact("cred")
    private static let sec = Vocabulary.security.compact("sec")
    private static let xsd = Vocabulary.xsd.compact("xsd")

    static func document() -> JSON {
        context {
            version11
            protected
            idAndType

            type("VerifiableCredential", Vocabulary.credentials.VerifiableCredential) {
                version11
                protected
                idAndType
                prefix(cred, sec, xsd)

                reference("credentialSchema", cred.credentialSchema).scoped {
                    version11
                    protected
                    idAndType
                    prefix(cred)
                    iri("JsonSchemaValidator2018", cred.JsonSchemaValidator2018)
                }
                references(cred, "credentialStatus", "credentialSubject", "evidence")
                typed("expirationDate", cred.expirationDate, xsd.dateTime)
                reference("holder", cred.holder)
                typed("issued", cred.issued, xsd.dateTime)
                reference("issuer", cred.issuer)
                typed("issuanceDate", cred.issuanceDate, xsd.dateTime)
                proofGraph(sec)
                reference("refreshService", cred.refreshService).scoped {
                    version11
                    protected
                    idAndType
                    prefix(cred)
                    iri("ManualRefreshService2018", cred.ManualRefreshService2018)
                }
                reference("termsOfUse", cred.termsOfUse)
                typed("validFrom", cred.validFrom, xsd.dateTime)
                typed("validUntil", cred.validUntil, xsd.dateTime)
            }

            type("VerifiablePresentation", Vocabulary.credentials.VerifiablePresentation) {
                version11
                protected
                idAndType
                prefix(cred, sec)

                reference("holder", cred.holder)
                proofGraph(sec)
                reference("verifiableCredential", cred.verifiableCredential, container: .graph)
            }

            for suite in ["EcdsaSecp256k1Signature2019", "EcdsaSecp256r1Signature2019", "Ed25519Signature2018"] {
                type(suite, Vocabulary.security[suite]) {
                    version11
                    protected
                    idAndType
                    prefix(sec, xsd)
                    signatureSuiteOptions
                }
            }
            // As published, the RsaSignature2018 context declares neither the `id`/`type` aliases nor
            // the `sec:`/`xsd:` prefixes its own terms use.
            type("RsaSignature2018", Vocabulary.security.RsaSignature2018) {
                version11
                protected
                signatureSuiteOptions
            }

            proofGraph()
        }
    }

    /// The proof options of the 2018–2019 signature suites; their purposes are limited to assertion and
    /// authentication.
    private static var signatureSuiteOptions: ContextEntries {
        group {
            iri("challenge", sec.challenge)
            typed("created", Vocabulary.dcterms.created, xsd.dateTime)
            iri("domain", sec.domain)
            typed("expires", sec.expiration, xsd.dateTime)
            iri("jws", sec.jws)
            iri("nonce", sec.nonce)
            vocabularyReference("proofPurpose", sec.proofPurpose).scoped {
                version11
                protected
                idAndType
                prefix(sec)
                verificationRelationships(sec, [.assertionMethod, .authentication])
            }
            iri("proofValue", sec.proofValue)
            reference("verificationMethod", sec.verificationMethod)
        }
    }
}
