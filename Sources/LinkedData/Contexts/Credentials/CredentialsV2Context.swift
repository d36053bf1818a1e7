import LaurelJSON

/// `https://www.w3.org/ns/credentials/v2`: the Verifiable Credentials Data Model 2.0 context. It also
/// defines Data Integrity proofs, Bitstring Status List entries, and the JWT claim names that SD-JWT and
/// JOSE-secured credentials use.
enum CredentialsV2Context: ContextWriter {
    static let url = "https://www.w3.org/ns/credentials/v2"

    private static let cred = Vocabulary.credentials
    private static let sec = Vocabulary.security
    private static let schema = Vocabulary.schemaHTTPS
    private static let xsd = Vocabulary.xsd

    static func document() -> JSON {
        context {
            protected
            idAndType

            iri("description", schema.description)
            typed("digestMultibase", sec.digestMultibase, sec.multibase)
            typed("digestSRI", cred.digestSRI, cred.sriString)
            term("mediaType", schema.encodingFormat)
            iri("name", schema.name)

            type("VerifiableCredential", cred.VerifiableCredential) {
                protected
                idAndType
                references(cred, "confidenceMethod", "credentialSchema", "credentialStatus", "credentialSubject")
                iri("description", schema.description)
                reference("evidence", cred.evidence)
                reference("issuer", cred.issuer)
                iri("name", schema.name)
                proofGraph()
                references(cred, "refreshService", "relatedResource", "renderMethod", "termsOfUse")
                typed("validFrom", cred.validFrom, xsd.dateTime)
                typed("validUntil", cred.validUntil, xsd.dateTime)
            }
            iri("EnvelopedVerifiableCredential", cred.EnvelopedVerifiableCredential)

            type("VerifiablePresentation", cred.VerifiablePresentation) {
                protected
                idAndType
                reference("holder", cred.holder)
                proofGraph()
                reference("termsOfUse", cred.termsOfUse)
                // Embedded credentials are processed with their own contexts only.
                reference("verifiableCredential", cred.verifiableCredential, container: .graph).scoped(.null)
            }
            iri("EnvelopedVerifiablePresentation", cred.EnvelopedVerifiablePresentation)

            iri("JsonSchemaCredential", cred.JsonSchemaCredential)
            type("JsonSchema", cred.JsonSchema) {
                protected
                idAndType
                json("jsonSchema", cred.jsonSchema)
            }

            bitstringStatusListTypes
            dataIntegrityProofType(.v2)
            jwtClaims
        }
    }

    /// Registered JWT and JOSE claim names, so that SD-JWT and JOSE-secured credentials expand.
    private static var jwtClaims: ContextEntries {
        let jwt = Vocabulary.jwt
        let jose = Vocabulary.jose
        // As published, these three use an https XML Schema namespace.
        let nonNegativeInteger = Vocabulary.xsdHTTPS.nonNegativeInteger
        return group {
            term("...", jwt["..."])
            json("_sd", jwt._sd)
            term("_sd_alg", jwt._sd_alg)
            reference("aud", jwt.aud)
            term("cnf", jwt.cnf).scoped {
                protected
                reference("kid", jwt.kid)
                json("jwk", jwt.jwk)
            }
            typed("exp", jwt.exp, nonNegativeInteger)
            typed("iat", jwt.iat, nonNegativeInteger)
            references(jose, "iss", "jku", "kid")
            typed("nbf", jwt.nbf, nonNegativeInteger)
            references(jose, "sub", "x5u")
        }
    }
}
