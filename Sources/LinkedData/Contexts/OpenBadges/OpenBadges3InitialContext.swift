/// `https://purl.imsglobal.org/spec/ob/v3p0/context.json` (also `…/context/ob_v3p0.jsonld`), the Open
/// Badges 3.0 context as first published. Plain-text properties are coerced to `xsd:string` (with `xsd:`
/// declared as `https://www.w3.org/2001/XMLSchema#`), object-valued properties to the IRI of their
/// class, and no term is protected.
enum OpenBadges3InitialContext: OpenBadges3ContextWriter {
    static let edition = OpenBadges3Edition.initial
}
