@testable import LinkedData
import LaurelJSON
import Testing

/// The helpers the bundled documents are written with.
@Suite("Context writer")
struct ContextWriterTests {
    private enum Sample: ContextWriter {
        static func document(strict: Bool) -> JSON {
            let sec = Vocabulary.security.compact("sec")
            return context {
                if strict { protected }
                idAndType
                prefix(sec, .schemaHTTPS)
                iri("nonce", sec.nonce)
                for name in ["a", "b"] { reference(name, Vocabulary.schemaHTTPS[name]) }
                typed("created", Vocabulary.dcterms.created, Vocabulary.xsd.dateTime, container: .set)
                iri("cleared", sec.cleared).scoped(.null)
                type("Proof", sec.Proof) { json("data", sec.data) }
            }
        }
    }

    @Test("writes each kind of definition")
    func kinds() throws {
        let expected = try JSON.parse(Array("""
            {"@context": {
              "@protected": true, "id": "@id", "type": "@type",
              "sec": "https://w3id.org/security#",
              "nonce": "sec:nonce",
              "a": {"@id": "https://schema.org/a", "@type": "@id"},
              "b": {"@id": "https://schema.org/b", "@type": "@id"},
              "created": {"@id": "http://purl.org/dc/terms/created",
                          "@type": "http://www.w3.org/2001/XMLSchema#dateTime", "@container": "@set"},
              "cleared": {"@id": "sec:cleared", "@context": null},
              "Proof": {"@id": "sec:Proof", "@context": {"data": {"@id": "sec:data", "@type": "@json"}}}
            }}
            """.utf8))
        #expect(jsonDifference(Sample.document(strict: true), expected) == nil)
        let relaxed = try #require(Sample.document(strict: false)["@context"]?.objectValue)
        #expect(relaxed["@protected"] == nil)
        #expect(relaxed.keys.first == "id")
    }

    @Test("vocabularies spell IRIs in full or compact")
    func vocabularies() {
        let security = Vocabulary.security
        #expect(security.proofValue == "https://w3id.org/security#proofValue")
        #expect(security.compact("sec").proofValue == "sec:proofValue")
        #expect(Vocabulary.jwt["..."] == "https://www.iana.org/assignments/jwt#...")
    }
}
