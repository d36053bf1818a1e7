import OpenBadges
import Testing

@Suite("Payload kinds")
struct PayloadKindTests {
    @Test("text is classified by shape: JSON object, compact JWS, http(s) URL")
    func classify() throws {
        #expect(try BakedPayload(classifying: " {\"a\":1}\n").kind == .json)
        #expect(try BakedPayload(classifying: " {\"a\":1}\n") == .json(Array("{\"a\":1}".utf8)))
        #expect(try BakedPayload(classifying: "eyJhbGciOiJSUzI1NiJ9.eyJ2YyI6e319.c2ln").kind == .compactJWS)
        #expect(try BakedPayload(classifying: "eyJhbGciOiJub25lIn0.eyJ2YyI6e319.").kind == .compactJWS)
        #expect(try BakedPayload(classifying: "HTTPS://example.org/a").kind == .url)
        #expect(try BakedPayload(classifying: "http://example.org").kind == .url)
        for text in ["", "   ", "[1,2]", "a.b", "a.b.c.d", ".b.c", "a..c", "a b.c.d", "https://", "https://exa mple.org",
                     "ftp://example.org/a", "javascript:alert(1)", "data:application/json,{}", "https://example.org/\"x\""] {
            #expect(throws: BakingError.self, "\(text)") { _ = try BakedPayload(classifying: text) }
        }
    }

    @Test("a JSON value serialises as an exact payload")
    func jsonValue() throws {
        let value: JSON = ["type": ["VerifiableCredential"], "name": "é"]
        let payload = BakedPayload(json: value)
        #expect(payload.kind == .json)
        #expect(try JSON.parse(payload.bytes) == value)
    }

    @Test("error messages say what and where")
    func messages() {
        let location = PayloadLocation.pngChunk(type: "iTXt", keyword: "openbadges", chunkIndex: 3, byteOffset: 120)
        let error = BakingError(.compressedSVG, at: .payload(location))
        #expect(error.description.contains("iTXt chunk \"openbadges\" (chunk 3, byte 120)"))
        let crc = BakingError(.pngCRCMismatch(stored: 0xAB, computed: 0x1234_5678), at: .pngChunk(index: 2, type: "IDAT", byteOffset: 90))
        #expect(crc.description == "the chunk's CRC is 0x000000AB but its type and data give 0x12345678; the image is damaged "
            + "in chunk 2 (IDAT) at byte 90")
    }
}
