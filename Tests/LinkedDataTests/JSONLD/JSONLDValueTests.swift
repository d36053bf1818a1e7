import LinkedData
import Testing

/// Canonical lexical forms, IRI resolution and well-formedness, through the public API.
@Suite struct JSONLDValueTests {
    let processor = JSONLDProcessor(loader: NoLoader())

    func literal(_ valueJSON: String) throws -> RDFLiteral? {
        let quads = try processor.toRDF(parse("{\"@id\": \"https://example.org/s\", \"https://example.org/p\": \(valueJSON)}"))
        guard quads.count == 1, case .literal(let literal) = quads[0].object else { return nil }
        return literal
    }

    @Test(arguments: [
        ("1.1", "1.1E0"), ("0.30000000000000004", "3.0E-1"), ("1e21", "1.0E21"), ("5e-324", "4.940656458412465E-324"),
        ("1.7976931348623157e308", "1.797693134862316E308"), ("123.456", "1.23456E2"), ("-0.5", "-5.0E-1"),
        ("2.5e-7", "2.5E-7"), ("9.1", "9.1E0"),
    ])
    func doublesHaveTheCanonicalForm(_ input: String, _ expected: String) throws {
        let literal = try #require(try literal(input))
        #expect(literal.lexicalForm == expected)
        #expect(literal.datatype == RDFVocabulary.xsdDouble)
    }

    @Test(arguments: [
        ("42", "42"), ("-7", "-7"), ("1.0", "1"), ("-0", "0"), ("1e20", "100000000000000000000"),
        ("123456789012345678901", "123456789012345683968"), ("9.3e18", "9300000000000000000"),
    ])
    func integersHaveTheCanonicalForm(_ input: String, _ expected: String) throws {
        let literal = try #require(try literal(input))
        #expect(literal.lexicalForm == expected)
        #expect(literal.datatype == RDFVocabulary.xsdInteger)
    }

    @Test func coercedDoubleAndBooleans() throws {
        let double = try #require(try literal("{\"@value\": 5, \"@type\": \"http://www.w3.org/2001/XMLSchema#double\"}"))
        #expect(double.lexicalForm == "5.0E0")
        let boolean = try #require(try literal("true"))
        #expect(boolean.lexicalForm == "true" && boolean.datatype == RDFVocabulary.xsdBoolean)
    }

    @Test func jsonLiteralsUseJCS() throws {
        let quads = try processor.toRDF(parse("""
            {"@context": {"e": {"@id": "https://example.org/json", "@type": "@json"}}, "@id": "https://example.org/s",
             "e": [56.0, {"d": true, "10": null, "1": []}]}
            """))
        guard case .literal(let literal) = try #require(quads.first).object else { Issue.record("not a literal"); return }
        #expect(literal.lexicalForm == "[56,{\"1\":[],\"10\":null,\"d\":true}]")
        #expect(literal.datatype == RDFVocabulary.json)
    }

    /// RFC 3986 §5.4 reference resolution examples.
    @Test(arguments: [
        ("g:h", "g:h"), ("g", "http://a/b/c/g"), ("./g", "http://a/b/c/g"), ("g/", "http://a/b/c/g/"),
        ("/g", "http://a/g"), ("//g", "http://g"), ("?y", "http://a/b/c/d;p?y"), ("g?y", "http://a/b/c/g?y"),
        ("#s", "http://a/b/c/d;p?q#s"), ("g#s", "http://a/b/c/g#s"), ("g?y#s", "http://a/b/c/g?y#s"),
        (";x", "http://a/b/c/;x"), ("g;x", "http://a/b/c/g;x"), ("", "http://a/b/c/d;p?q"), (".", "http://a/b/c/"),
        ("./", "http://a/b/c/"), ("..", "http://a/b/"), ("../", "http://a/b/"), ("../g", "http://a/b/g"),
        ("../..", "http://a/"), ("../../", "http://a/"), ("../../g", "http://a/g"), ("../../../g", "http://a/g"),
        ("../../../../g", "http://a/g"), ("/./g", "http://a/g"), ("/../g", "http://a/g"), ("g.", "http://a/b/c/g."),
        (".g", "http://a/b/c/.g"), ("g..", "http://a/b/c/g.."), ("..g", "http://a/b/c/..g"),
        ("./../g", "http://a/b/g"), ("./g/.", "http://a/b/c/g/"), ("g/./h", "http://a/b/c/g/h"),
        ("g/../h", "http://a/b/c/h"), ("g;x=1/./y", "http://a/b/c/g;x=1/y"), ("g;x=1/../y", "http://a/b/c/y"),
    ])
    func relativeReferencesResolveAsRFC3986Says(_ reference: String, _ expected: String) throws {
        let options = JSONLDOptions(base: "http://a/b/c/d;p?q")
        let expanded = try JSONLDProcessor(loader: NoLoader(), options: options)
            .expand(["@id": .string(reference), "http://example.org/p": "x"])
        #expect(expanded[0]?["@id"]?.stringValue == expected)
    }

    @Test func canonicallyEquivalentKeysStayDistinct() throws {
        let nfc = "caf\u{E9}", nfd = "cafe\u{301}"
        let document = JSON.object(JSONObject(members: [
            .init(key: "@context", value: ["@vocab": "https://example.org/"]),
            .init(key: "@id", value: "https://example.org/s"),
            .init(key: nfc, value: "composed"),
            .init(key: nfd, value: "decomposed"),
        ]))
        let quads = try processor.toRDF(document)
        #expect(Set(quads.map(\.predicate)).count == 2)
    }

    @Test func errorsSayWhatAndWhere() throws {
        let document = try parse("{\"@context\": {\"p\": {\"@id\": \"https://example.org/p\", \"@type\": 5}}, \"p\": 1}")
        do {
            _ = try processor.toRDF(document)
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .invalidTypeMapping)
            #expect(error.message.contains("\"p\""))
            #expect(error.location == "/@context/p")
        }
    }
}
