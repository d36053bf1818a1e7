import LaurelJSON

/// `https://w3id.org/openbadges/v2` (also served as `https://openbadgespec.org/v2/context.json`): the
/// Open Badges 2.0 context for hosted and signed assertions, badge classes and issuer profiles.
///
/// This is the copy the 1EdTech validator serves, which maps `targetFramework` to
/// `schema:targetFramework`; the copy in the specification repository maps it to
/// `schema:educationalFramework`.
enum OpenBadgesV2Context: ContextWriter {
    static let urls = ["https://w3id.org/openbadges/v2", "https://openbadgespec.org/v2/context.json"]

    private static let obi = Vocabulary.openBadges2.compact("obi")
    private static let cred = Vocabulary("https://w3id.org/credentials#").compact("cred")
    private static let dc = Vocabulary.dcterms.compact("dc")
    private static let schema = Vocabulary.schemaHTTP.compact("schema")
    private static let sec = Vocabulary.security.compact("sec")
    private static let xsd = Vocabulary.xsd.compact("xsd")

    static func document() -> JSON {
        context {
            idAndType
            prefix(Vocabulary("https://w3id.org/openbadges/extensions#").compact("extensions"), obi)
            iri("validation", obi.validation)
            prefix(cred, dc, schema, sec, xsd)

            iri("AlignmentObject", schema.AlignmentObject)
            iri("CryptographicKey", sec.Key)
            iri("Endorsement", cred.Credential)

            iris(obi, "Assertion", "BadgeClass", "Criteria", "Evidence", "Extension", "FrameValidation")
            iris(obi, "IdentityObject", "Image", "HostedBadge")
            iri("hosted", obi.HostedBadge)
            iris(obi, "Issuer", "Profile", "RevocationList", "SignedBadge")
            iri("signed", obi.SignedBadge)
            iris(obi, "TypeValidation", "VerificationObject")

            reference("author", schema.author)
            term("caption", schema.caption)
            reference("claim", cred.claim)
            typed("created", dc.created, xsd.dateTime)
            reference("creator", dc.creator)
            term("description", schema.description)
            term("email", schema.email)
            reference("endorsement", cred.credential)
            typed("expires", sec.expiration, xsd.dateTime)
            term("genre", schema.genre)
            reference("image", schema.image)
            term("name", schema.name)
            reference("owner", sec.owner)
            reference("publicKey", sec.publicKey)
            term("publicKeyPem", sec.publicKeyPem)
            reference("related", dc.relation)
            term("startsWith", "http://purl.org/dqm-vocabulary/v1/dqm#startsWith")
            term("tags", schema.keywords)
            term("targetDescription", schema.targetDescription)
            term("targetFramework", schema.targetFramework)
            term("targetName", schema.targetName)
            term("targetUrl", schema.targetUrl)
            term("telephone", schema.telephone)
            reference("url", schema.url)
            term("version", schema.version)

            reference("alignment", obi.alignment)
            term("allowedOrigins", obi.allowedOrigins)
            term("audience", obi.audience)
            references(obi, "badge", "criteria")
            term("endorsementComment", obi.endorsementComment)
            reference("evidence", obi.evidence)
            typed("hashed", obi.hashed, xsd.boolean)
            term("identity", obi.identityHash)
            typed("issuedOn", obi.issueDate, xsd.dateTime)
            reference("issuer", obi.issuer)
            term("narrative", obi.narrative)
            references(obi, "recipient", "revocationList")
            term("revocationReason", obi.revocationReason)
            typed("revoked", obi.revoked, xsd.boolean)
            term("revokedAssertions", obi.revoked)
            term("salt", obi.salt)
            term("targetCode", obi.targetCode)
            term("uid", obi.uid)
            iris(obi, "validatesType", "validationFrame", "validationSchema")
            reference("verification", obi.verify)
            term("verificationProperty", obi.verificationProperty)
            // `verify` is an alias of the term `verification`.
            iri("verify", "verification")
        }
    }
}
