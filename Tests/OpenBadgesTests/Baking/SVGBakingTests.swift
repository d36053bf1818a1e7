import OpenBadges
import Testing

@Suite("SVG baking")
struct SVGBakingTests {
    static let artwork = Array("""
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- badge artwork -->
        <svg xmlns="http://www.w3.org/2000/svg"
             viewBox="0 0 512 512"   width='512'>
          <title>Facilitation &amp; mentoring</title>
          <circle cx="256" cy="256" r="200" fill="#2a6"/>
        </svg>

        """.utf8)

    static let cases: [(BakedPayload, Baker.Version)] = [
        (.json(BakingSamples.credentialJSON), .ob3),
        (.compactJWS(BakingSamples.jws), .ob3),
        (.json(BakingSamples.assertionJSON), .ob2),
        (.compactJWS(BakingSamples.jws), .ob2),
        (.url(BakingSamples.hostedURL), .ob2),
    ]

    @Test("bake then unbake returns the exact payload, its kind and where it sits", arguments: 0..<5)
    func roundTrip(_ index: Int) throws {
        let (payload, version) = Self.cases[index]
        let baked = try Baker.bake(image: Self.artwork, payload: payload, version: version)
        let unbaked = try BakingSamples.unbaked(baked)
        #expect(unbaked.bytes == payload.bytes)
        #expect(unbaked.kind == payload.kind)
        #expect(unbaked.format == .svg)
        #expect(unbaked.version == version)
        #expect(unbaked.bakedPayload == payload)
        let name = "openbadges:\(version.svgElementLocalName)"
        guard case .svgElement(let elementName, let part, let line, _, let offset) = unbaked.location else {
            Issue.record("not an SVG location: \(unbaked.location)")
            return
        }
        #expect(elementName == name)
        #expect(part == (payload.kind == .json ? .body : .verifyAttribute))
        #expect(line == 4)
        #expect(offset > 0 && offset < baked.count)
        switch (version, payload) {
        case (.ob2, .json): #expect(unbaked.verifyAttribute == BakingSamples.hostedURL)
        case (_, .json): #expect(unbaked.verifyAttribute == nil)
        default: #expect(unbaked.verifyAttribute == unbaked.text)
        }
    }

    @Test("the element comes right after the root start tag and every other byte is unchanged", arguments: 0..<5)
    func otherBytesUnchanged(_ index: Int) throws {
        let (payload, version) = Self.cases[index]
        let baked = try Baker.bake(image: Self.artwork, payload: payload, version: version)
        let declaration = " xmlns:openbadges=\"\(version.svgNamespace)\""
        #expect(BakingSamples.count(declaration, in: baked) == 1)
        #expect(BakingSamples.count("width='512'\(declaration)>", in: baked) == 1)
        #expect(BakingSamples.count(">\n  <title>", in: baked) == 1)
        #expect(BakingSamples.count("<openbadges:", in: baked) == 1)
        // Taking the element and the declaration out gives back the original, byte for byte.
        let stripped = try Baker.removingCredential(from: baked)
        #expect(BakingSamples.removingFirst(declaration, from: stripped) == Self.artwork)
        #expect(try Unbaker.unbake(stripped) == .notBaked(.svg))
    }

    @Test("the element markup is the one the specifications show")
    func elementMarkup() throws {
        let ob3JSON = try Baker.bake(image: Self.artwork, payload: .json(Array("{\"a\":1}".utf8)), version: .ob3)
        #expect(BakingSamples.count("width='512' xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\">"
            + "<openbadges:credential><![CDATA[{\"a\":1}]]></openbadges:credential>\n  <title>", in: ob3JSON) == 1)
        let ob3JWS = try Baker.bake(image: Self.artwork, payload: .compactJWS(BakingSamples.jws), version: .ob3)
        #expect(BakingSamples.count("<openbadges:credential verify=\"\(BakingSamples.jws)\"></openbadges:credential>", in: ob3JWS) == 1)
        let ob2JWS = try Baker.bake(image: Self.artwork, payload: .compactJWS(BakingSamples.jws), version: .ob2)
        #expect(BakingSamples.count("xmlns:openbadges=\"http://openbadges.org\">"
            + "<openbadges:assertion verify=\"\(BakingSamples.jws)\"/>", in: ob2JWS) == 1)
        let ob2JSON = try Baker.bake(image: Self.artwork, payload: .json(BakingSamples.assertionJSON), version: .ob2)
        #expect(BakingSamples.count("<openbadges:assertion verify=\"https://example.org/assertions/123?lang=en&amp;v=2\">"
            + "<![CDATA[", in: ob2JSON) == 1)
    }

    @Test("']]>' and carriage returns in the JSON survive CDATA exactly")
    func cdataEscapes() throws {
        let baked = try Baker.bake(image: Self.artwork, payload: .json(BakingSamples.credentialJSON), version: .ob3)
        #expect(BakingSamples.count("]]]]><![CDATA[>", in: baked) == 1)
        #expect(BakingSamples.count("]]>&#13;<![CDATA[", in: baked) == 1)
        #expect(!baked.contains(0x0D))
        #expect(try BakingSamples.unbaked(baked).bytes == BakingSamples.credentialJSON)
    }

    @Test("re-baking replaces the element (and the namespace) and never duplicates it")
    func rebakeReplaces() throws {
        let ob2 = try Baker.bake(image: Self.artwork, payload: .json(BakingSamples.assertionJSON), version: .ob2)
        let ob3 = try Baker.bake(image: ob2, payload: .json(BakingSamples.credentialJSON), version: .ob3)
        #expect(BakingSamples.count("<openbadges:", in: ob3) == 1)
        #expect(BakingSamples.count("http://openbadges.org", in: ob3) == 0)
        #expect(BakingSamples.count("xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\"", in: ob3) == 1)
        #expect(try BakingSamples.unbaked(ob3).bytes == BakingSamples.credentialJSON)
        let again = try Baker.bake(image: ob3, payload: .json(BakingSamples.credentialJSON), version: .ob3)
        #expect(again == ob3)
        let direct = try Baker.bake(image: Self.artwork, payload: .json(BakingSamples.credentialJSON), version: .ob3)
        #expect(ob3 == direct)
    }

    @Test("a self-closing root gets content")
    func selfClosingRoot() throws {
        let image = Array("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\"/>".utf8)
        let baked = try Baker.bake(image: image, payload: .compactJWS(BakingSamples.jws), version: .ob3)
        #expect(String(decoding: baked, as: UTF8.self) == "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" "
            + "xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\"><openbadges:credential verify=\"\(BakingSamples.jws)\">"
            + "</openbadges:credential></svg>")
        #expect(try BakingSamples.unbaked(baked).text == BakingSamples.jws)
    }

    @Test("the element is found by namespace, whatever its prefix")
    func namespaces() throws {
        let otherPrefix = Array("""
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:ob="https://purl.imsglobal.org/ob/v3p0">\
            <ob:credential verify="\(BakingSamples.jws)"/></svg>
            """.utf8)
        let found = try BakingSamples.unbaked(otherPrefix)
        #expect(found.kind == .compactJWS)
        #expect(found.location == .svgElement(name: "ob:credential", part: .verifyAttribute, line: 1, column: 110, byteOffset: 109))

        let defaultNamespace = Array("""
            <svg xmlns="http://www.w3.org/2000/svg"><g><assertion xmlns="http://openbadges.org" \
            verify="https://example.org/a"/></g></svg>
            """.utf8)
        #expect(try BakingSamples.unbaked(defaultNamespace).version == .ob2)

        // An `openbadges:` prefix bound to something else is someone else's element.
        let foreign = Array("""
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="urn:example:other">\
            <openbadges:credential verify="\(BakingSamples.jws)"/></svg>
            """.utf8)
        #expect(try Unbaker.unbake(foreign) == .notBaked(.svg))

        // Baking there would rebind the prefix and turn the foreign element into a second credential.
        let conflict = BakingSamples.expectError("svg.namespace_conflict") {
            _ = try Baker.bake(image: foreign, payload: .compactJWS(BakingSamples.jws), version: .ob3)
        }
        #expect(conflict?.position == .svg(line: 1, column: 41, byteOffset: 40))

        // An unbound `openbadges:` prefix is accepted, as some baked images in circulation omit it.
        let unbound = Array("<svg><openbadges:assertion verify=\"https://example.org/a\"/></svg>".utf8)
        #expect(try BakingSamples.unbaked(unbound).kind == .url)
    }

    @Test("references in the verify attribute: the five predefined entities and character references only")
    func references() throws {
        let image = Array("""
            <svg xmlns:openbadges="http://openbadges.org">
            <openbadges:assertion verify="https://example.org/a?x=1&amp;y=&#x32;&#51;"/></svg>
            """.utf8)
        let found = try BakingSamples.unbaked(image)
        #expect(found.text == "https://example.org/a?x=1&y=23")

        let custom = Array("""
            <svg xmlns:openbadges="http://openbadges.org">
              <openbadges:assertion verify="&xxe;"/></svg>
            """.utf8)
        let error = BakingSamples.expectError("svg.unsupported_entity") { _ = try Unbaker.unbake(custom) }
        #expect(error?.position == .svg(line: 2, column: 33, byteOffset: 79))

        let nul = Array("<svg xmlns:openbadges=\"http://openbadges.org\"><openbadges:assertion verify=\"&#0;\"/></svg>".utf8)
        BakingSamples.expectError("svg.invalid_character_reference") { _ = try Unbaker.unbake(nul) }
        let huge = Array("<svg xmlns:openbadges=\"http://openbadges.org\"><openbadges:assertion verify=\"&#x110000;\"/></svg>".utf8)
        BakingSamples.expectError("svg.invalid_character_reference") { _ = try Unbaker.unbake(huge) }
    }

    @Test("a text body (no CDATA) with references and CRLF line ends")
    func textBody() throws {
        let image = Array("<svg xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\"><openbadges:credential>\r\n  {\"a\":\r\n\"&lt;&#x263A;\"}  <!-- note -->\r\n</openbadges:credential></svg>".utf8)
        let found = try BakingSamples.unbaked(image)
        #expect(found.text == "{\"a\":\n\"<☺\"}")
        #expect(try found.json() == ["a": "<☺"])
    }

    @Test("an OB 2.0 JSON assertion needs a hosted URL; OB 3.0 has no URL form")
    func unsupportedCombinations() {
        BakingSamples.expectError("bake.missing_verify_url") {
            _ = try Baker.bake(image: Self.artwork, payload: .json(Array("{\"type\":\"Assertion\"}".utf8)), version: .ob2)
        }
        BakingSamples.expectError("bake.unsupported") {
            _ = try Baker.bake(image: Self.artwork, payload: .url(BakingSamples.hostedURL), version: .ob3)
        }
        BakingSamples.expectError("bake.invalid_payload") {
            _ = try Baker.bake(image: Self.artwork, payload: .url("javascript:alert(1)"), version: .ob2)
        }
    }

    @Test("an SVG declared in another encoding stays ASCII")
    func declaredEncoding() throws {
        let latin1 = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<svg/>".utf8)
        let baked = try Baker.bake(image: latin1, payload: .compactJWS(BakingSamples.jws), version: .ob3)
        #expect(try BakingSamples.unbaked(baked).text == BakingSamples.jws)
        BakingSamples.expectError("bake.unsupported") {
            _ = try Baker.bake(image: latin1, payload: .json(BakingSamples.credentialJSON), version: .ob3)
        }
    }

    @Test("an OB 1.0 assertion's verify.url is its hosted URL")
    func legacyVerifyURL() throws {
        let assertion = Array("{\"uid\":\"1\",\"verify\":{\"type\":\"hosted\",\"url\":\"https://example.org/a.json\"}}".utf8)
        let baked = try Baker.bake(image: Self.artwork, payload: .json(assertion), version: .ob2)
        let found = try BakingSamples.unbaked(baked)
        #expect(found.verifyAttribute == "https://example.org/a.json")
        #expect(found.bytes == assertion)
    }

    @Test("a malformed JSON body is reported where it is, in the payload and in the image")
    func malformedJSONBody() throws {
        let image = Array("""
            <svg xmlns:openbadges="http://openbadges.org">
              <openbadges:assertion verify="https://example.org/a">
                <![CDATA[
                  {verify:{"url":"https://example.org/a"}}
                ]]>
              </openbadges:assertion>
            </svg>
            """.utf8)
        let found = try BakingSamples.unbaked(image)
        #expect(found.kind == .json)
        #expect(found.location == .svgElement(name: "openbadges:assertion", part: .body, line: 4, column: 7, byteOffset: 123))
        let error = BakingSamples.expectError("payload.malformed_json") { _ = try found.json() }
        guard case .malformedJSON(let parseError)? = error?.reason else { return }
        #expect(parseError.line == 1 && parseError.column == 2)
        #expect(error?.description.contains("line 4, column 7") == true)
    }
}
