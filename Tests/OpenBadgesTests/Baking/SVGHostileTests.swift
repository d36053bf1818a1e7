import OpenBadges
import TestSupport
import Testing

/// Malformed and hostile SVGs: each must end in its own clear error with a line and column, in bounded
/// time and memory, without a crash, and without any entity ever being expanded.
@Suite("SVG: malformed and hostile images")
struct SVGHostileTests {
    static func svg(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test("an entity-expansion bomb ('billion laughs') is refused before anything is expanded")
    func billionLaughs() {
        var text = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [\n  <!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            let previous = level == 1 ? "&lol;" : "&lol\(level - 1);"
            text += "  <!ENTITY lol\(level) \"\(String(repeating: previous, count: 10))\">\n"
        }
        text += "]>\n<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\">"
            + "<openbadges:credential verify=\"&lol9;\"/><text>&lol9;</text></svg>\n"
        let image = Self.svg(text)
        var error: BakingError?
        let time = BakingSamples.seconds {
            error = BakingSamples.expectError("svg.entity_declarations") { _ = try Unbaker.unbake(image) }
        }
        #expect(error?.position == .svg(line: 3, column: 3, byteOffset: 40))
        #expect(error?.description.contains("never expands entities") == true)
        #expect(time < TimeBudget.seconds(0.1))
        BakingSamples.expectError("svg.entity_declarations") {
            _ = try Baker.bake(image: image, payload: .compactJWS(BakingSamples.jws), version: .ob3)
        }
    }

    @Test("external entities and parameter entities are refused the same way")
    func externalEntities() throws {
        let external = Self.svg("<!DOCTYPE svg [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><svg>&xxe;</svg>")
        BakingSamples.expectError("svg.entity_declarations") { _ = try Unbaker.unbake(external) }
        let parameter = Self.svg("<!DOCTYPE svg [ %remote; ]><svg/>")
        BakingSamples.expectError("svg.entity_declarations") { _ = try Unbaker.unbake(parameter) }
        // A DOCTYPE without an internal subset (as SVG 1.1 files carry) is skipped, never fetched.
        let plain = Self.svg("""
            <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
            <svg xmlns="http://www.w3.org/2000/svg"><title>&nbsp;</title></svg>
            """)
        #expect(try Unbaker.unbake(plain) == .notBaked(.svg))
        // An internal subset with only attribute declarations and comments is skipped too.
        let harmless = Self.svg("<!DOCTYPE svg [ <!-- ] --> <!ATTLIST svg a CDATA \"]>\"> ]><svg/>")
        #expect(try Unbaker.unbake(harmless) == .notBaked(.svg))
    }

    @Test("100,000 nested elements stop at the depth limit")
    func deepNesting() {
        let depth = 100_000
        var image = Self.svg("<svg>")
        image.reserveCapacity(depth * 7 + 16)
        for _ in 0..<depth { image += Array("<g>".utf8) }
        for _ in 0..<depth { image += Array("</g>".utf8) }
        image += Array("</svg>".utf8)
        var error: BakingError?
        let time = BakingSamples.seconds {
            error = BakingSamples.expectError("svg.too_deep") { _ = try Unbaker.unbake(image) }
        }
        // The root is level 1, so the 256th <g> is the first one too many.
        #expect(error?.position == .svg(line: 1, column: 6 + 255 * 3, byteOffset: 5 + 255 * 3))
        #expect(time < TimeBudget.seconds(1), "took \(time) s")

        // 100,000 siblings are fine and linear.
        var wide = Self.svg("<svg>")
        for _ in 0..<depth { wide += Array("<g/>".utf8) }
        wide += Array("</svg>".utf8)
        #expect(throws: Never.self) { _ = try Unbaker.unbake(wide) }
    }

    @Test("unterminated constructs name what is open and where it started")
    func unterminated() {
        let cdata = Self.svg("""
            <svg xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0">
              <openbadges:credential>
                <![CDATA[ {"@context": "https://www.w3.org/ns/credentials/v2",
            """)
        let error = BakingSamples.expectError("svg.unterminated") { _ = try Unbaker.unbake(cdata) }
        #expect(error?.reason == .svgUnterminated("CDATA section"))
        #expect(error?.position == .svg(line: 3, column: 5, byteOffset: 90))

        let cases: [(String, String, BakingError.Position)] = [
            ("<svg><!-- never closed", "comment", .svg(line: 1, column: 6, byteOffset: 5)),
            ("<svg>\n<g fill=\"red", "attribute value", .svg(line: 2, column: 9, byteOffset: 14)),
            ("<svg>\n<g fill=\"red\"", "start tag", .svg(line: 2, column: 1, byteOffset: 6)),
            ("<svg><?php echo 1; </svg>", "processing instruction", .svg(line: 1, column: 6, byteOffset: 5)),
            ("<!DOCTYPE svg [ <!ATTLIST svg a CDATA \"x\">", "DOCTYPE internal subset", .svg(line: 1, column: 15, byteOffset: 14)),
            ("<svg><g>\n</g>", "element <svg>", .svg(line: 1, column: 1, byteOffset: 0)),
        ]
        for (text, construct, position) in cases {
            let error = BakingSamples.expectError("svg.unterminated") { _ = try Unbaker.unbake(Self.svg(text)) }
            #expect(error?.reason == .svgUnterminated(construct), "\(text)")
            #expect(error?.position == position, "\(text)")
        }
    }

    @Test("malformed structure")
    func malformed() {
        let cases: [(String, String)] = [
            ("<svg><g></svg>", "svg.mismatched_end_tag"),
            ("<svg></svg></g>", "svg.malformed"),
            ("<svg></svg><svg></svg>", "svg.malformed"),
            ("<svg></svg>trailing text", "svg.malformed"),
            ("<svg><g fill=red/></svg>", "svg.malformed"),
            ("<svg><g a=\"1\"b=\"2\"/></svg>", "svg.malformed"),
            ("<svg><g a=\"<\"/></svg>", "svg.malformed"),
            ("<svg>< g/></svg>", "svg.malformed"),
            ("<svg><!ELEMENT x></svg>", "svg.malformed"),
            ("<!-- only a comment -->", "svg.no_root_element"),
            ("<html><body/></html>", "svg.root_not_svg"),
            ("<svg a=\"1\" a=\"2\"/>", "svg.duplicate_attribute"),
            ("<svg><?xml version=\"1.0\"?></svg>", "svg.malformed"),
            ("<svg/><!DOCTYPE svg>", "svg.malformed"),
        ]
        for (text, code) in cases {
            let error = BakingSamples.expectError(code) { _ = try Unbaker.unbake(Self.svg(text)) }
            if case .svg? = error?.position {} else {
                Issue.record("\(text): no line and column in \(String(describing: error))")
            }
        }
    }

    @Test("credential elements: two, a child element, a duplicate verify, an empty one")
    func credentialElements() {
        let two = Self.svg("""
            <svg xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0">
              <openbadges:credential verify="\(BakingSamples.jws)"/>
              <openbadges:assertion verify="https://example.org/a"/>
            </svg>
            """)
        let error = BakingSamples.expectError("baking.two_credentials") { _ = try Unbaker.unbake(two) }
        #expect(error?.description.contains("the image carries two credentials") == true)
        #expect(error?.description.contains("<openbadges:assertion> element at line 3, column 3") == true)

        let child = Self.svg("<svg xmlns:openbadges=\"http://openbadges.org\"><openbadges:assertion><x/></openbadges:assertion></svg>")
        BakingSamples.expectError("svg.unexpected_child_element") { _ = try Unbaker.unbake(child) }
        let duplicate = Self.svg("<svg><openbadges:credential verify=\"a.b.c\" verify=\"d.e.f\"/></svg>")
        BakingSamples.expectError("svg.duplicate_attribute") { _ = try Unbaker.unbake(duplicate) }
        let empty = Self.svg("<svg><openbadges:credential>  <![CDATA[ ]]> </openbadges:credential></svg>")
        BakingSamples.expectError("payload.empty") { _ = try Unbaker.unbake(empty) }
        let unrecognized = Self.svg("<svg><openbadges:credential>hello</openbadges:credential></svg>")
        BakingSamples.expectError("payload.unrecognized") { _ = try Unbaker.unbake(unrecognized) }
    }

    @Test("encodings other than UTF-8, and compressed SVG")
    func encodings() throws {
        let latin1 = Self.svg("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><svg><title>") + [0xE9] + Self.svg("</title></svg>")
        BakingSamples.expectError("svg.unsupported_encoding") { _ = try Unbaker.unbake(latin1) }
        let asciiOnly = Self.svg("<?xml version=\"1.0\" encoding='ISO-8859-1'?><svg/>")
        #expect(try Unbaker.unbake(asciiOnly) == .notBaked(.svg))
        let utf16: [UInt8] = [0xFF, 0xFE, 0x3C, 0x00, 0x73, 0x00]
        BakingSamples.expectError("svg.unsupported_encoding") { _ = try Unbaker.unbake(utf16) }
        BakingSamples.expectError("svg.compressed") { _ = try Unbaker.unbake([0x1F, 0x8B, 0x08, 0x00]) }
        BakingSamples.expectError("image.unrecognized_format") { _ = try Unbaker.unbake(Self.svg("GIF89a")) }
        BakingSamples.expectError("image.empty") { _ = try Unbaker.unbake([]) }
        let bom = [0xEF, 0xBB, 0xBF] + Self.svg("<svg/>")
        #expect(try Unbaker.unbake(bom) == .notBaked(.svg))
    }

    @Test("limits: image size and attribute count")
    func limits() {
        let big = Self.svg("<svg>") + [UInt8](repeating: 0x20, count: 40 << 20) + Self.svg("</svg>")
        BakingSamples.expectError("image.too_large") { _ = try Unbaker.unbake(big) }
        var many = "<svg"
        for index in 0..<100 { many += " a\(index)=\"\(index)\"" }
        many += "/>"
        BakingSamples.expectError("svg.too_many_attributes") {
            _ = try Unbaker.unbake(Self.svg(many), limits: BakingLimits(maxSVGAttributes: 50))
        }
    }

    @Test("long runs of near-miss markup stay linear")
    func nearMisses() {
        // "]]" over and over inside a CDATA section, and "--" inside a comment, never closing.
        let brackets = Self.svg("<svg><![CDATA[") + [UInt8](repeating: UInt8(ascii: "]"), count: 5_000_000)
        let dashes = Self.svg("<svg><!--") + [UInt8](repeating: UInt8(ascii: "-"), count: 5_000_000)
        let time = BakingSamples.seconds {
            BakingSamples.expectError("svg.unterminated") { _ = try Unbaker.unbake(brackets) }
            BakingSamples.expectError("svg.unterminated") { _ = try Unbaker.unbake(dashes) }
        }
        #expect(time < TimeBudget.seconds(5), "took \(time) s")
    }
}
