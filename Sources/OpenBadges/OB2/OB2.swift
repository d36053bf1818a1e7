/// Open Badges 2.0: the model of hosted and signed assertions, badge classes, issuer profiles and the
/// documents they link to (keys, revocation lists).
///
/// Partners are still handed OB 2.0 badges, so Laurel reads them and verifies them with the same report
/// as OB 3.0 credentials. The types live in this namespace (`OB2.Assertion`, `OB2.BadgeClass`, …) because
/// several share a name with an OB 3.0 type but not its shape.
///
/// Documents are read in the compact form of the OB 2.0 context: properties by their term names (or any
/// other spelling of the same IRI in that context: `obi:badge`, `https://w3id.org/openbadges#badge`,
/// the alias `verify`). A document with a context of its own must first be shown to mean the same
/// thing; `OB2.LinkedDataCheck` does that with the JSON-LD processor.
public enum OB2 {
    /// The OB 2.0 context, under the URLs it is published at.
    public static let contextURLs = ["https://w3id.org/openbadges/v2", "https://openbadgespec.org/v2/context.json"]

    /// The OB 1.1 context: documents naming it are Open Badges 1.x.
    public static let legacyContextURLs = ["https://w3id.org/openbadges/v1", "https://openbadgespec.org/v1/context.json"]

    /// The namespace of the Open Badges vocabulary.
    public static let vocabularyIRI = "https://w3id.org/openbadges#"

    /// Whether `url` names the OB 2.0 context. Byte comparison: a look-alike spelling is another context.
    public static func isContextURL(_ url: String) -> Bool {
        contextURLs.contains { $0.isByteEqual(to: url) }
    }

    static func isLegacyContextURL(_ url: String) -> Bool {
        legacyContextURLs.contains { $0.isByteEqual(to: url) }
            || url.isByteEqual(to: "http://openbadgespec.org/v1/context.json")
    }
}
