import LaurelJSON

/// `https://purl.imsglobal.org/spec/ob/v3p0/extensions.json`: the 1EdTech schema validator, revocation
/// list and refresh service types that Open Badges 3.0 credentials may name.
enum OpenBadgesExtensionsContext: ContextWriter {
    static let url = "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json"

    static func document() -> JSON {
        context {
            idAndType
            iri("1EdTechJsonSchemaValidator2019",
                "https://purl.imsglobal.org/spec/vccs/v1p0/context.json#1EdTechJsonSchemaValidator2019")
            iri("1EdTechRevocationList", "https://purl.imsglobal.org/spec/vcrl/v1p0/context.json#1EdTechRevocationList")
            iri("1EdTechCredentialRefresh",
                "https://purl.imsglobal.org/spec/vccr/v1p0/context.json#1EdTechCredentialRefresh")
        }
    }
}
