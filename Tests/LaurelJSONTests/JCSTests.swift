import LaurelJSON
import Testing

@Suite struct JCSTests {
    func jcs(_ text: String) throws -> String {
        String(decoding: JCS.canonicalize(try JSON.parse(text)), as: UTF8.self)
    }

    @Test func sortsByUTF16CodeUnitsNotCodePoints() throws {
        // U+FB33 (one UTF-16 unit, 0xFB33) sorts after U+1F602 (surrogates 0xD83D 0xDE02) in UTF-16 order,
        // though its code point is smaller: code point order would put it first.
        #expect(try jcs(#"{"\ufb33":1,"\ud83d\ude02":2}"#) == "{\"\u{1F602}\":2,\"\u{FB33}\":1}")
    }

    @Test func numbersTakeECMAScriptForm() throws {
        #expect(try jcs("[1.0, -0, 1E30, 2e-3, 4.50, 1e21, 1e-7, 123456789012345678901]")
            == "[1,0,1e+30,0.002,4.5,1e+21,1e-7,123456789012345680000]")
    }

    @Test func keepsNonASCIIAndSlashLiteral() throws {
        #expect(try jcs(#"{"a":"€/\u001f\u007f"}"#) == "{\"a\":\"€/\\u001f\u{7F}\"}")
    }

    @Test func noUnicodeNormalization() throws {
        // NFC and NFD keys are distinct members and stay as written.
        let text = "{\"caf\u{E9}\":1,\"cafe\u{301}\":2}"
        #expect(try jcs(text) == "{\"cafe\u{301}\":2,\"caf\u{E9}\":1}")
    }

    @Test func constructedNumbersRejectNonFinite() {
        #expect(JSON.number(Double.nan) == nil)
        #expect(JSON.number(Double.infinity) == nil)
        #expect(JSON.number(-0.0).map { JCS.canonicalize($0) } == Array("0".utf8))
    }
}
