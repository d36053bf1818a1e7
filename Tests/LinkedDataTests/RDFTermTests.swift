import LinkedData
import Testing

@Suite struct RDFTermTests {
    // "é" precomposed (NFC) and "e" + U+0301 (NFD) are equal as Swift Strings but are different RDF terms.
    let nfc = "caf\u{E9}"
    let nfd = "cafe\u{301}"

    @Test func literalsCompareByBytes() {
        #expect(nfc == nfd)  // Swift's String equality: the trap this guards against
        #expect(RDFTerm.literal(RDFLiteral(nfc)) != RDFTerm.literal(RDFLiteral(nfd)))
        #expect(Set([RDFTerm.iri("https://example.org/\(nfc)"), .iri("https://example.org/\(nfd)")]).count == 2)
    }

    @Test func languageTaggedLiteralsUseLangString() {
        let literal = RDFLiteral("hola", language: "es")
        #expect(literal.datatype == RDFVocabulary.langString)
        #expect(RDFLiteral("hola", language: "es") != RDFLiteral("hola", language: "ES-x"))
        #expect(RDFLiteral("hola") != RDFLiteral("hola", language: ""))
    }
}
