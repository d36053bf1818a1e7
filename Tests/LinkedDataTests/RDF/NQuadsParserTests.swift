import LinkedData
import Testing

@Suite struct NQuadsParserTests {
    @Test func parsesEveryKindOfTerm() throws {
        let document = """
            # a comment line
            <http://example.org/s> <http://example.org/p> <http://example.org/o> .
            _:b0 <http://example.org/p> "plain" <http://example.org/g> .\t# trailing comment
            <http://example.org/s>\t<http://example.org/p>\t"hola"@es-419 _:g1 .

            _:b0 <http://example.org/p> "1"^^<http://www.w3.org/2001/XMLSchema#integer>.
            """
        let quads = try NQuadsParser.parse(document)
        #expect(quads.count == 4)
        #expect(quads[0] == RDFQuad(subject: .iri("http://example.org/s"), predicate: .iri("http://example.org/p"),
                                    object: .iri("http://example.org/o")))
        #expect(quads[1].subject == .blankNode("b0"))
        #expect(quads[1].object == .literal(RDFLiteral("plain")))
        #expect(quads[1].graph == .iri("http://example.org/g"))
        #expect(quads[2].object == .literal(RDFLiteral("hola", language: "es-419")))
        #expect(quads[2].graph == .blankNode("g1"))
        #expect(quads[3].object == .literal(RDFLiteral("1", datatype: RDFVocabulary.xsdInteger)))
        #expect(quads[3].graph == nil)
    }

    @Test func acceptsEveryLineEnding() throws {
        let line = "<http://e/s> <http://e/p> <http://e/o> ."
        for separator in ["\n", "\r\n", "\r", "\n\n\r\n"] {
            let quads = try NQuadsParser.parse(line + separator + line + separator)
            #expect(quads.count == 2, "separator \(Array(separator.utf8))")
        }
        #expect(try NQuadsParser.parse(line).count == 1)  // no final line break
        #expect(try NQuadsParser.parse("").isEmpty)
        #expect(try NQuadsParser.parse("# only a comment").isEmpty)
    }

    @Test func decodesEveryEscapeClass() throws {
        let document = #"<http://e/s> <http://e/p> "\t\b\n\r\f\"\'\\ \u00E9\U0001F600 \u0000" ."#
        let quads = try NQuadsParser.parse(document)
        #expect(quads.first?.object == .literal(RDFLiteral("\t\u{8}\n\r\u{C}\"'\\ \u{E9}\u{1F600} \u{0}")))
    }

    @Test func decodesEscapesInIRIs() throws {
        let quads = try NQuadsParser.parse(#"<http://e/caf\u00E9> <http://e/\U0001F600> <http://e/o> ."#)
        #expect(quads.first?.subject == .iri("http://e/caf\u{E9}"))
        #expect(quads.first?.predicate == .iri("http://e/\u{1F600}"))
    }

    @Test func blankNodeLabelsMayContainButNotEndWithADot() throws {
        let quads = try NQuadsParser.parse("_:a.b <http://e/p> _:c.")
        #expect(quads.first?.subject == .blankNode("a.b"))
        #expect(quads.first?.object == .blankNode("c"))
        let unicode = try NQuadsParser.parse("_:\u{E9}t\u{E9}-1 <http://e/p> _:0_x .")
        #expect(unicode.first?.subject == .blankNode("\u{E9}t\u{E9}-1"))
        #expect(unicode.first?.object == .blankNode("0_x"))
    }

    @Test func keepsNormalizationFormsApart() throws {
        // "é" precomposed (NFC) and "e" + combining acute (NFD): equal as Swift Strings, different RDF terms.
        let quads = try NQuadsParser.parse(
            "<http://e/s> <http://e/p> \"caf\u{E9}\" .\n<http://e/s> <http://e/p> \"cafe\u{301}\" .\n")
        #expect(quads.count == 2)
        #expect(quads[0].object != quads[1].object)
        #expect(Set(quads).count == 2)
    }

    /// Each malformed document, with the line and column the error must name and a phrase of its message.
    static let syntaxErrors: [(document: String, line: Int, column: Int, phrase: String)] = [
        ("<http://e/s> <http://e/p> <http://e/o>", 1, 39, "to end the statement"),
        ("<http://e/s> <http://e/p> <http://e/o> <http://e/g> <http://e/h> .", 1, 53, "'.'"),
        ("<http://e/s> <http://e/p> <http://e/o> . junk", 1, 42, "end of the line"),
        ("<http://e/s> _:p <http://e/o> .", 1, 14, "predicate must be an IRI"),
        ("<http://e/s> \"p\" <http://e/o> .", 1, 14, "predicate must be an IRI"),
        ("\"s\" <http://e/p> <http://e/o> .", 1, 1, "subject cannot be a literal"),
        ("<http://e/s> <http://e/p> <http://e/o> \"g\" .", 1, 40, "graph label"),
        ("<http://e/s> <http://e/p> <o> .", 1, 27, "relative IRI"),
        ("<http://e/s p> <http://e/p> <http://e/o> .", 1, 12, "space"),
        ("<http://e/s> <http://e/{p}> <http://e/o> .", 1, 24, "'{'"),
        ("<http://e/s> <http://e/p> <http://e/o", 1, 27, "unterminated IRI"),
        ("<http://e/s> <http://e/p> <http://e/o\n> .", 1, 27, "end of the line"),
        ("<http://e/\\u0020> <http://e/p> <http://e/o> .", 1, 11, "not allowed in an IRI"),
        ("<http://e/\\n> <http://e/p> <http://e/o> .", 1, 11, "only \\u and \\U"),
        ("<http://e/s> <http://e/p> \"open .", 1, 27, "unterminated string"),
        ("<http://e/s> <http://e/p> \"a\\qb\" .", 1, 29, "unknown escape"),
        ("<http://e/s> <http://e/p> \"\\u12\" .", 1, 28, "4 hexadecimal digits"),
        ("<http://e/s> <http://e/p> \"\\U0011FFFF\" .", 1, 28, "not a Unicode scalar"),
        ("<http://e/s> <http://e/p> \"\\uD800\" .", 1, 28, "not a Unicode scalar"),
        ("<http://e/s> <http://e/p> \"x\"@ .", 1, 30, "language tag"),
        ("<http://e/s> <http://e/p> \"x\"@en- .", 1, 33, "followed by letters"),
        ("<http://e/s> <http://e/p> \"x\"@en--ltr .", 1, 33, "base direction"),
        ("<http://e/s> <http://e/p> \"x\"^<http://e/d> .", 1, 30, "'^^'"),
        ("<http://e/s> <http://e/p> \"x\"^^\"d\" .", 1, 32, "datatype IRI"),
        ("_x <http://e/p> <http://e/o> .", 1, 1, "':' after '_'"),
        ("_:-x <http://e/p> <http://e/o> .", 1, 3, "must start with"),
        ("<< <http://e/s> <http://e/p> <http://e/o> >> <http://e/p> <http://e/o> .", 1, 1, "triple terms"),
        ("<http://e/s> <http://e/p> <http://e/o> .\n\n# c\n<http://e/s> <http://e/p> \"a\nb\" .", 4, 29, "line break"),
        ("<http://e/s> <http://e/p> <http://e/o> .\r\n<http://e/s> <http://e/p> .", 2, 27, "expected an object"),
        ("<http://e/s> <http://e/p> \"d\u{E9}j\u{E0}\" x .", 1, 34, "graph label"),
        ("<http://e/s>", 1, 13, "expected a predicate"),
    ]

    @Test(arguments: syntaxErrors.indices)
    func reportsSyntaxErrorsWithLineAndColumn(_ index: Int) {
        let (document, line, column, phrase) = Self.syntaxErrors[index]
        #expect {
            _ = try NQuadsParser.parse(document)
        } throws: { error in
            guard let error = error as? NQuadsParseError else { return false }
            let matches = error.kind == .syntax && error.line == line && error.column == column
                && error.message.contains(phrase)
            if !matches { Issue.record("\(document.debugDescription): got \(error)") }
            return matches
        }
    }

    @Test func rejectsInvalidUTF8WithItsPosition() {
        var bytes = Array("<http://e/s> <http://e/p> \"ok\" .\n<http://e/s> <http://e/p> \"x".utf8)
        bytes += [0xC3, 0x28]  // a lead byte without its continuation
        bytes += Array("\" .\n".utf8)
        #expect(throws: NQuadsParseError(.encoding, line: 2, column: 29, "byte 0xc3 does not form a UTF-8 character")) {
            try NQuadsParser.parse(bytes)
        }
        for invalid: [UInt8] in [[0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0xE2, 0x82]] {
            #expect(throws: NQuadsParseError.self) { try NQuadsParser.parse(Array("<http://e/".utf8) + invalid + Array("> <http://e/p> <http://e/o> .".utf8)) }
        }
    }

    @Test func enforcesSizeAndLineLimits() {
        let line = "<http://e/s> <http://e/p> <http://e/o> .\n"
        let document = String(repeating: line, count: 10)
        #expect(throws: NQuadsParseError.self) {
            try NQuadsParser.parse(document, limits: .init(maxBytes: 100))
        }
        do {
            _ = try NQuadsParser.parse(document, limits: .init(maxLines: 5))
            Issue.record("the line limit was not enforced")
        } catch {
            #expect(error.kind == .limitExceeded)
            #expect(error.line == 6)
            #expect(error.message.contains("maxLines"))
        }
        #expect((try? NQuadsParser.parse(document, limits: .init(maxBytes: document.utf8.count, maxLines: 11)))?.count == 10)
    }

    @Test func keepsDuplicateStatements() throws {
        let line = "<http://e/s> <http://e/p> \"o\" .\n"
        #expect(try NQuadsParser.parse(line + line).count == 2)
    }
}
