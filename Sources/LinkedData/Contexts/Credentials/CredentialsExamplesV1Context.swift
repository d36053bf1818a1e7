import LaurelJSON

/// `https://www.w3.org/2018/credentials/examples/v1`: the terms of the VC 1.1 specification's examples
/// (degrees, alumni, prescriptions…). Test vectors and sample credentials use it; it imports ODRL.
enum CredentialsExamplesV1Context: ContextWriter {
    static let url = "https://www.w3.org/2018/credentials/examples/v1"

    private static let ex = Vocabulary("https://example.org/examples#").compact("ex")
    private static let schema = Vocabulary.schemaHTTP.compact("schema")
    private static let rdf = Vocabulary.rdf.compact("rdf")

    static func document() -> JSON {
        contexts([
            object { version11 },
            .string(ODRLContext.url),
            object {
                prefix(ex, schema, rdf)

                iris(ex, "3rdPartyCorrelation", "AllVerifiers", "Archival", "BachelorDegree", "Child")
                iris(ex, "CLCredentialDefinition2019", "CLSignature2019", "IssuerPolicy", "HolderPolicy", "Mother")
                iris(ex, "RelationshipCredential", "UniversityDegreeCredential", "AlumniCredential")
                iris(ex, "DisputeCredential", "PrescriptionCredential", "ZkpExampleSchema2018")

                iris(ex, "issuerData", "attributes", "signature", "signatureCorrectnessProof")
                iris(ex, "primaryProof", "nonRevocationProof")

                typed("alumniOf", schema.alumniOf, rdf.HTML)
                reference("child", ex.child)
                iris(ex, "degree", "degreeType", "degreeSchool", "college")
                typed("name", schema.name, rdf.HTML)
                iri("givenName", schema.givenName)
                iri("familyName", schema.familyName)
                reference("parent", ex.parent)
                iris(ex, "referenceId", "documentPresence", "evidenceDocument")
                iri("spouse", schema.spouse)
                iri("subjectPresence", ex.subjectPresence)
                reference("verifier", ex.verifier)
                iris(ex, "currentStatus", "statusReason", "prescription")
            },
        ])
    }
}
