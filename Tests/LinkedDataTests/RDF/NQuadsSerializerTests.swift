import LinkedData
import Testing

@Suite struct NQuadsSerializerTests {
    private func line(_ object: RDFTerm, graph: RDFTerm? = nil) throws -> String {
        try NQuadsSerializer.string([RDFQuad(subject: .iri("http://e/s"), predicate: .iri("http://e/p"), object: object, graph: graph)])
    }

    @Test func writesTermsInCanonicalForm() throws {
        #expect(try line(.iri("http://e/o")) == "<http://e/s> <http://e/p> <http://e/o> .\n")
        #expect(try line(.blankNode("b0"), graph: .blankNode("g")) == "<http://e/s> <http://e/p> _:b0 _:g .\n")
        #expect(try line(.literal(RDFLiteral("x", datatype: RDFVocabulary.xsdString))) == "<http://e/s> <http://e/p> \"x\" .\n")
        #expect(try line(.literal(RDFLiteral("x", language: "en-US"))) == "<http://e/s> <http://e/p> \"x\"@en-US .\n")
        #expect(try line(.literal(RDFLiteral("1", datatype: RDFVocabulary.xsdInteger)), graph: .iri("http://e/g"))
            == "<http://e/s> <http://e/p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> <http://e/g> .\n")
    }

    /// RDFC-1.0 Appendix A: ECHAR for BS HT LF FF CR " \, UCHAR (upper-case hex) for the other C0 controls
    /// and DEL, everything else as itself.
    @Test func escapesLiteralsAsCanonicalNQuadsRequires() throws {
        var expected: [UInt8: String] = [0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x22: "\\\"", 0x5C: "\\\\"]
        for byte in UInt8(0)...0x1F where expected[byte] == nil {
            expected[byte] = "\\u00" + (byte < 0x10 ? "0" : "1") + String(byte & 0x0F, radix: 16, uppercase: true)
        }
        expected[0x7F] = "\\u007F"
        for byte in UInt8(0)...0x7F {
            let character = String(Character(Unicode.Scalar(byte)))
            let written = expected[byte] ?? character
            // Alone, and in the middle of a long run, so the 16-byte scan and its tail both see it.
            #expect(try line(.literal(RDFLiteral(character))) == "<http://e/s> <http://e/p> \"\(written)\" .\n")
            let padding = String(repeating: "a", count: 21)
            #expect(try line(.literal(RDFLiteral(padding + character + padding)))
                == "<http://e/s> <http://e/p> \"\(padding)\(written)\(padding)\" .\n")
        }
        let unicode = "\u{80}\u{A0}\u{E9}\u{2028}\u{FEFF}\u{FFFE}\u{1F600}"
        #expect(try line(.literal(RDFLiteral(unicode))) == "<http://e/s> <http://e/p> \"\(unicode)\" .\n")
    }

    @Test func roundTripsThroughTheParser() throws {
        let lexicalForms = ["", "plain", "\u{0}\u{1}\u{7}\u{8}\t\n\u{B}\u{C}\r\u{E}\u{1F}\"'\\\u{7F}", "caf\u{E9}", "cafe\u{301}", "\u{1F600}"]
        let quads = lexicalForms.enumerated().map { index, form in
            RDFQuad(subject: .blankNode("s\(index)"), predicate: .iri("http://e/p\u{E9}"),
                    object: .literal(RDFLiteral(form, language: index.isMultiple(of: 2) ? nil : "de-CH")),
                    graph: index.isMultiple(of: 3) ? .iri("http://e/g") : nil)
        }
        let reparsed = try NQuadsParser.parse(try NQuadsSerializer.serialize(quads))
        #expect(reparsed == quads)
    }

    @Test func rejectsEveryCharacterIRIREFForbids() throws {
        let forbidden = Set(Array(0...0x20) + Array("<>\"{}|^`\\".utf8).map(Int.init))
        for byte in 0...0x7F {
            let character = String(Character(Unicode.Scalar(UInt8(byte))))
            // Every position relative to the 16-byte chunks: inside, at the end, in the overlapping tail.
            for padding in [0, 3, 14, 15, 16, 29] {
                let iri = "http://e/" + String(repeating: "x", count: padding) + character
                let accepted = (try? line(.iri(iri))) != nil
                #expect(accepted == !forbidden.contains(byte), "U+\(String(byte, radix: 16)) after \(padding) bytes")
            }
        }
        #expect((try? line(.iri("http://e/caf\u{E9}\u{1F600}"))) != nil)
    }

    @Test func refusesWhatCouldNotBeReadBack() {
        let s = RDFTerm.iri("http://e/s"), p = RDFTerm.iri("http://e/p"), o = RDFTerm.iri("http://e/o")
        let cases: [(RDFQuad, NQuadsSerializationError.Component, String)] = [
            (RDFQuad(subject: .literal(RDFLiteral("x")), predicate: p, object: o), .subject, "literal"),
            (RDFQuad(subject: s, predicate: .blankNode("p"), object: o), .predicate, "blank node"),
            (RDFQuad(subject: s, predicate: p, object: o, graph: .literal(RDFLiteral("g"))), .graph, "literal"),
            (RDFQuad(subject: .iri("relative"), predicate: p, object: o), .subject, "absolute"),
            (RDFQuad(subject: s, predicate: .iri("http://e/a b"), object: o), .predicate, "space"),
            (RDFQuad(subject: s, predicate: p, object: .iri("http://e/> . <x")), .object, "'>'"),
            (RDFQuad(subject: s, predicate: p, object: .literal(RDFLiteral("x", language: "en .\n"))), .object, "LANGTAG"),
            (RDFQuad(subject: s, predicate: p, object: .literal(RDFLiteral("x", datatype: "xsd:int eger"))), .object, "space"),
            (RDFQuad(subject: .blankNode("a b"), predicate: p, object: o), .subject, "BLANK_NODE_LABEL"),
            (RDFQuad(subject: .blankNode("a."), predicate: p, object: o), .subject, "BLANK_NODE_LABEL"),
            (RDFQuad(subject: .blankNode(""), predicate: p, object: o), .subject, "BLANK_NODE_LABEL"),
        ]
        for (quad, component, phrase) in cases {
            let valid = RDFQuad(subject: s, predicate: p, object: o)
            #expect {
                _ = try NQuadsSerializer.serialize([valid, quad])
            } throws: { error in
                guard let error = error as? NQuadsSerializationError else { return false }
                let matches = error.quadIndex == 1 && error.component == component && error.message.contains(phrase)
                if !matches { Issue.record("\(quad): got \(error)") }
                return matches
            }
        }
    }
}
