import LinkedData
import Testing

/// Safe mode: whatever a lenient processor would drop silently is an error, so unsigned data cannot ride
/// along with signed data.
@Suite struct JSONLDSafeModeTests {
    let safe = JSONLDProcessor(loader: NoLoader(), options: JSONLDOptions(safeMode: true))
    let lenient = JSONLDProcessor(loader: NoLoader(), options: JSONLDOptions())

    func expectViolation(_ text: String, mentioning fragment: String, at location: String? = nil,
                         sourceLocation: SourceLocation = #_sourceLocation) throws
    {
        let document = try parse(text)
        do {
            let quads = try safe.toRDF(document)
            Issue.record("expected a safe mode violation, got \(quads.count) quads", sourceLocation: sourceLocation)
        } catch {
            #expect(error.code == .safeModeViolation, "\(error)", sourceLocation: sourceLocation)
            #expect(error.message.contains(fragment), "\(error.message)", sourceLocation: sourceLocation)
            if let location { #expect(error.location == location, "\(error)", sourceLocation: sourceLocation) }
        }
    }

    @Test func undefinedTermIsAnError() throws {
        let text = """
            {"@context": {"name": "https://schema.org/name"}, "@id": "https://example.org/a",
             "name": "Signed", "evil": "unsigned"}
            """
        try expectViolation(text, mentioning: "\"evil\"", at: "/evil")
        // Lenient processing drops it, which is exactly the problem.
        #expect(try lenient.toRDF(parse(text)).count == 1)
    }

    @Test func undefinedTermDeepInsideNamesItsPath() throws {
        let text = """
            {"@context": {"subject": {"@id": "https://example.org/subject"}, "name": "https://schema.org/name"},
             "subject": [{"name": "ok"}, {"name": "ok", "extra": 1}]}
            """
        try expectViolation(text, mentioning: "\"extra\"", at: "/subject/1/extra")
    }

    @Test func termMappedToNullIsAnError() throws {
        try expectViolation("""
            {"@context": {"name": "https://schema.org/name", "hidden": null}, "name": "x", "hidden": "y"}
            """, mentioning: "\"hidden\"")
    }

    @Test func relativeTypeIsAnError() throws {
        try expectViolation("""
            {"@context": {"name": "https://schema.org/name"}, "@type": "Badge", "name": "x"}
            """, mentioning: "\"Badge\"", at: "/@type")
    }

    @Test func vocabRelativeTermThatStaysRelativeIsAnError() throws {
        try expectViolation("""
            {"@context": {"@vocab": "terms/"}, "name": "x"}
            """, mentioning: "terms/")
    }

    @Test func vocabThatMakesAbsoluteIRIsIsAccepted() throws {
        let quads = try safe.toRDF(parse("""
            {"@context": {"@vocab": "https://example.org/vocab#"}, "@id": "https://example.org/a", "name": "x"}
            """))
        #expect(lines(quads) == ["<https://example.org/a> <https://example.org/vocab#name> \"x\" .\n"])
    }

    @Test func reservedKeywordFormsAreErrors() throws {
        try expectViolation("""
            {"@context": {"@vocab": "https://example.org/", "@future": "https://example.org/f"}, "name": "x"}
            """, mentioning: "@future")
        try expectViolation("""
            {"@context": {"@vocab": "https://example.org/"}, "name": "x", "@future": "y"}
            """, mentioning: "@future")
        try expectViolation("""
            {"@context": {"@vocab": "https://example.org/"}, "knows": {"@id": "@me", "name": "y"}}
            """, mentioning: "@me")
    }

    @Test func relativeIdIsAnError() throws {
        try expectViolation("""
            {"@context": {"@vocab": "https://example.org/"}, "@id": "credentials/1", "name": "x"}
            """, mentioning: "credentials/1", at: "/@id")
    }

    @Test func freeFloatingValuesAreErrors() throws {
        try expectViolation("""
            {"@context": {"@vocab": "https://example.org/"}, "@graph": ["a string", {"name": "x"}]}
            """, mentioning: "free-floating")
        try expectViolation("""
            [{"@value": "floating"}]
            """, mentioning: "free-floating")
    }

    @Test func lostDirectionIsAnError() throws {
        let text = """
            {"@context": {"@vocab": "https://example.org/"}, "@id": "https://example.org/a",
             "name": {"@value": "שלום", "@language": "he", "@direction": "rtl"}}
            """
        try expectViolation(text, mentioning: "direction")
        let withDirection = JSONLDProcessor(loader: NoLoader(), options: JSONLDOptions(rdfDirection: .i18nDatatype, safeMode: true))
        #expect(try withDirection.toRDF(parse(text)).count == 1)
    }

    @Test func malformedLanguageTagIsAnError() throws {
        try expectViolation("""
            {"@context": {"@vocab": "https://example.org/"}, "@id": "https://example.org/a",
             "name": {"@value": "x", "@language": "not a tag"}}
            """, mentioning: "language tag")
    }

    @Test func blankNodePredicateIsAnError() throws {
        try expectViolation("""
            {"@id": "https://example.org/a", "_:p": "x"}
            """, mentioning: "blank node property")
    }

    @Test func malformedIRIIsAnError() throws {
        try expectViolation("""
            {"@id": "https://example.org/a", "https://example.org/p": {"@id": "https://example.org/has space"}}
            """, mentioning: "has space")
    }

    @Test func explicitNullIsNotAViolation() throws {
        let quads = try safe.toRDF(parse("""
            {"@context": {"@vocab": "https://example.org/"}, "@id": "https://example.org/a", "name": null, "size": 2}
            """))
        #expect(lines(quads) == ["<https://example.org/a> <https://example.org/size> \"2\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"])
    }
}
