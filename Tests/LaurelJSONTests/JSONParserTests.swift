@testable import LaurelJSON
import Testing

@Suite struct JSONParserTests {
    func reason(_ text: String, limits: JSONParser.Limits = .default) -> JSONParseError.Reason? {
        do {
            _ = try JSON.parse(text, limits: limits)
            return nil
        } catch {
            return error.reason
        }
    }

    func failure(_ bytes: [UInt8]) -> JSONParseError? {
        do {
            _ = try JSON.parse(bytes)
            return nil
        } catch {
            return error
        }
    }

    @Test func parsesEveryKindOfValue() throws {
        let json = try JSON.parse(#" {"a": [1, -2.5e3, true, false, null, "x\n\u00e9\ud83d\ude00"], "b": {}} "#)
        #expect(json["a"]?[0]?.intValue == 1)
        #expect(json["a"]?[1]?.doubleValue == -2500)
        #expect(json["a"]?[2]?.boolValue == true)
        #expect(json["a"]?[4]?.isNull == true)
        #expect(json["a"]?[5]?.stringValue == "x\n\u{E9}\u{1F600}")
        #expect(json["b"]?.objectValue?.isEmpty == true)
    }

    @Test func roundTripsBytesExactly() throws {
        let text = #"{"z":1.50,"a":[1e2,-0,"/\u0001"],"é":{"k":null}}"#
        #expect(try JSON.parse(text).serializedString() == #"{"z":1.50,"a":[1e2,-0,"/\u0001"],"é":{"k":null}}"#)
    }

    @Test func keepsMemberOrderAndSortsOnRequest() throws {
        let json = try JSON.parse(#"{"b":1,"a":2,"B":3}"#)
        #expect(json.objectValue?.keys == ["b", "a", "B"])
        #expect(json.serializedString(.sortedKeys) == #"{"B":3,"a":2,"b":1}"#)
        #expect(json.serializedString([.sortedKeys, .prettyPrinted]) == "{\n  \"B\": 3,\n  \"a\": 2,\n  \"b\": 1\n}")
    }

    @Test func rejectsDuplicateKeysByteForByte() {
        #expect(reason(#"{"a":1,"a":2}"#) == .duplicateKey("a"))
        // Canonically equivalent but different bytes: two distinct keys, as RFC 8259 and JCS read them.
        #expect(reason("{\"caf\u{E9}\":1,\"cafe\u{301}\":2}") == nil)
        // Escaped and literal spellings of the same key are the same key.
        #expect(reason(#"{"é":1,"\u00e9":2}"#) == .duplicateKey("é"))
        // Large objects switch to hashed detection; the duplicate is still found.
        let many = (0..<500).map { "\"k\($0)\":0" }.joined(separator: ",")
        #expect(reason("{\(many),\"k250\":1}") == .duplicateKey("k250"))
    }

    @Test func rejectsLoneSurrogates() {
        #expect(reason(#"["\ud800"]"#) == .loneSurrogate(#"\ud800"#))
        #expect(reason(#"["\udc00x"]"#) == .loneSurrogate(#"\udc00"#))
        #expect(reason(#"["\ud83d\u0041"]"#) == .loneSurrogate(#"\ud83d"#))
    }

    @Test func rejectsInvalidUTF8WithOffset() {
        let cases: [[UInt8]] = [
            [0x22, 0xC0, 0xAF, 0x22],  // overlong "/"
            [0x22, 0xED, 0xA0, 0x80, 0x22],  // a UTF-16 surrogate encoded in UTF-8
            [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22],  // above U+10FFFF
            [0x22, 0xE2, 0x82, 0x22],  // truncated sequence
            [0x22, 0xFF, 0x22],
        ]
        for bytes in cases {
            let error = failure(bytes)
            #expect(error?.reason == .invalidUTF8)
            #expect(error?.offset == 1)
        }
    }

    @Test func numberGrammarIsStrict() {
        for bad in ["01", "1.", ".5", "+1", "1e", "-", "1.e3", "0x10", "Infinity", "NaN", "-Infinity", "1e+"] {
            #expect(reason("[\(bad)]") != nil, "\(bad) should be rejected")
        }
        #expect(reason("[1e400]") == .numberOutOfRange("1e400"))
        #expect(reason("[1e-400]") == nil)  // underflow to zero is representable
        #expect(reason("[" + String(repeating: "1", count: 500) + "]") == .numberTooLong(limit: 400))
    }

    @Test func stringRules() {
        #expect(reason("[\"a\u{9}b\"]") == .controlCharacterInString(0x09))
        #expect(reason(#"["\x"]"#) == .invalidEscape(#"\x"#))
        #expect(reason(#"["\u12"]"#) != nil)
        #expect(reason(#"["abc"#) == .unexpectedEnd(expected: "'\"' to close the string"))
    }

    @Test func documentLevelRules() {
        #expect(reason("") == .emptyInput)
        #expect(reason("   ") == .emptyInput)
        #expect(reason("{} {}") == .trailingContent)
        #expect(reason("[1,]") == .unexpectedCharacter(found: "']'", expected: "a value"))
        #expect(reason("{\"a\" 1}") == .unexpectedCharacter(found: "'1'", expected: "':' after the key"))
        #expect(reason("[tru]") == .unexpectedCharacter(found: "'t'", expected: "a value"))
        #expect(failure([0xEF, 0xBB, 0xBF, 0x7B, 0x7D])?.reason == .byteOrderMark)
    }

    @Test func errorsCarryLineAndColumn() throws {
        let error = try #require(failure(Array("{\n  \"a\": 1,\n  \"b\": x\n}".utf8)))
        #expect(error.line == 3)
        #expect(error.column == 8)
        #expect(error.offset == 19)
        #expect(error.description == "unexpected 'x'; expected a value at line 3, column 8 (byte 19)")
    }

    @Test func depthLimitStopsDeepNesting() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(reason(deep) == .depthLimitExceeded(limit: 128))
        let objects = String(repeating: "{\"a\":", count: 100_000)
        #expect(reason(objects) == .depthLimitExceeded(limit: 128))
        let ok = String(repeating: "[", count: 128) + String(repeating: "]", count: 128)
        #expect(reason(ok) == nil)
        #expect(reason("[[[]]]", limits: JSONParser.Limits(maxDepth: 2)) == .depthLimitExceeded(limit: 2))
    }

    @Test func sizeLimitIsCheckedBeforeParsing() {
        let big = [UInt8](repeating: UInt8(ascii: " "), count: 10 << 20)
        let error = failure(big)
        #expect(error?.reason == .sizeLimitExceeded(size: 10 << 20, limit: 8 << 20))
    }

    @Test func hostileWideObjectStaysLinear() throws {
        // 200,000 distinct keys: quadratic duplicate detection would take minutes.
        let members = (0..<200_000).map { "\"\($0)\":0" }.joined(separator: ",")
        let json = try JSON.parse("{\(members)}")
        #expect(json.objectValue?.count == 200_000)
    }

    @Test func objectEqualityIgnoresOrderButNotBytes() throws {
        #expect(try JSON.parse(#"{"a":1,"b":[true]}"#) == JSON.parse(#"{"b":[true],"a":1.0}"#))
        #expect(try JSON.parse("{\"caf\u{E9}\":1}") != JSON.parse("{\"cafe\u{301}\":1}"))
    }

    @Test func objectSubscriptEditsInPlace() {
        var object: JSONObject = ["a": 1, "b": 2]
        object["a"] = "x"
        object["c"] = 3
        object["b"] = nil
        #expect(object.keys == ["a", "c"])
        #expect(object["a"] == "x")
    }
}

@Suite struct JSONEqualityTests {
    @Test func stringValuesCompareByBytes() {
        #expect(JSON.string("caf\u{E9}") != JSON.string("cafe\u{301}"))
        #expect(JSON.array(["caf\u{E9}"]) != JSON.array(["cafe\u{301}"]))
        #expect(JSON.object(["k": "caf\u{E9}"]) != JSON.object(["k": "cafe\u{301}"]))
        #expect(JSON.string("caf\u{E9}") == JSON.string("caf\u{E9}"))
    }

    @Test func numbersCompareByValue() {
        #expect(JSON.number(1) == JSON.number(1.0))
        #expect(JSON.number(0) != JSON.bool(false))
    }
}

@Suite struct CompactSerializationTests {
    /// The fast compact writer must produce exactly what the general serializer does.
    @Test func compactWriterMatchesTheGeneralSerializer() throws {
        let samples = [
            #"{"a":[1,-2.50,true,false,null,"x\n\"\\\u0001\u001f/é😀"],"b":{},"c":[],"":"","k\"ey":{"n":1e300}}"#,
            #"[[[[[]]]],{"a":{"b":{"c":"deep"}}}]"#, #""just a string""#, "0", "null",
        ]
        for text in samples {
            let json = try JSON.parse(text)
            var general: [UInt8] = []
            JSONSerializer(options: []).write(json, into: &general, indent: 0)
            #expect(json.serialized() == general)
            #expect(try JSON.parse(json.serialized()) == json)
        }
        #expect(JSON.string("a\u{0}b").serializedString() == #""a\u0000b""#)
    }
}
