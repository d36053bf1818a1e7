@testable import OpenBadges
import Testing

@Suite("Schema support: URI references, JSON pointers, exact numbers and equality")
struct SchemaSupportTests {
    @Test("RFC 3986 §5.4 reference resolution examples")
    func uriResolution() {
        let base = SchemaURI("http://a/b/c/d;p?q")
        let cases: [(String, String)] = [
            ("g:h", "g:h"), ("g", "http://a/b/c/g"), ("./g", "http://a/b/c/g"), ("g/", "http://a/b/c/g/"),
            ("/g", "http://a/g"), ("//g", "http://g"), ("?y", "http://a/b/c/d;p?y"), ("g?y", "http://a/b/c/g?y"),
            ("#s", "http://a/b/c/d;p?q#s"), ("g#s", "http://a/b/c/g#s"), ("g?y#s", "http://a/b/c/g?y#s"),
            (";x", "http://a/b/c/;x"), ("g;x", "http://a/b/c/g;x"), ("", "http://a/b/c/d;p?q"), (".", "http://a/b/c/"),
            ("./", "http://a/b/c/"), ("..", "http://a/b/"), ("../", "http://a/b/"), ("../g", "http://a/b/g"),
            ("../..", "http://a/"), ("../../", "http://a/"), ("../../g", "http://a/g"),
            // Abnormal examples (§5.4.2)
            ("../../../g", "http://a/g"), ("../../../../g", "http://a/g"), ("/./g", "http://a/g"),
            ("/../g", "http://a/g"), ("g.", "http://a/b/c/g."), (".g", "http://a/b/c/.g"), ("g..", "http://a/b/c/g.."),
            ("..g", "http://a/b/c/..g"), ("./../g", "http://a/b/g"), ("./g/.", "http://a/b/c/g/"),
            ("g/./h", "http://a/b/c/g/h"), ("g/../h", "http://a/b/c/h"), ("g;x=1/./y", "http://a/b/c/g;x=1/y"),
            ("g;x=1/../y", "http://a/b/c/y"), ("g?y/./x", "http://a/b/c/g?y/./x"), ("g#s/../x", "http://a/b/c/g#s/../x"),
        ]
        for (reference, expected) in cases {
            #expect(SchemaURI(reference).resolved(against: base).description == expected, "\(reference)")
        }
        #expect(SchemaURI("#/$defs/x").resolved(against: SchemaURI("urn:uuid:deadbeef")).description == "urn:uuid:deadbeef#/$defs/x")
        #expect(SchemaURI("HTTP://Example.com/a#frag").resourceKey == "http://Example.com/a")
    }

    @Test("JSON pointers parse, escape and evaluate (RFC 6901)")
    func pointers() {
        let document: JSON = ["foo": ["bar", "baz"], "": 0, "a/b": 1, "m~n": 8, "k\"l": 6]
        #expect(SchemaPointer("")?.evaluate(in: document) == document)
        #expect(SchemaPointer("/foo/0")?.evaluate(in: document) == "bar")
        #expect(SchemaPointer("/")?.evaluate(in: document) == 0)
        #expect(SchemaPointer("/a~1b")?.evaluate(in: document) == 1)
        #expect(SchemaPointer("/m~0n")?.evaluate(in: document) == 8)
        #expect(SchemaPointer("/foo/01")?.evaluate(in: document) == nil)
        #expect(SchemaPointer("/foo/-")?.evaluate(in: document) == nil)
        #expect(SchemaPointer("/foo/2")?.evaluate(in: document) == nil)
        #expect(SchemaPointer("foo") == nil)
        #expect(SchemaPointer("/~2") == nil)
        #expect(SchemaPointer(tokens: ["a/b", "m~n", ""]).description == "/a~1b/m~0n/")
        #expect(SchemaPercentDecoding.decode("percent%25field") == "percent%field")
        #expect(SchemaPercentDecoding.decode("bad%2") == nil)
    }

    @Test("exact decimals: integrality, ordering and multipleOf from the literal")
    func decimals() throws {
        func decimal(_ text: String) throws -> SchemaDecimal { try #require(SchemaDecimal(literal: text)) }
        #expect(try decimal("1.0").isInteger)
        #expect(try decimal("1.5e1").isInteger)
        #expect(try !decimal("1.05e1").isInteger)
        #expect(try decimal("-0").isZero)
        #expect(SchemaDecimal.compare(try decimal("12345678901234567891"), try decimal("12345678901234567890")) == 1)
        #expect(SchemaDecimal.compare(try decimal("-1e-5"), try decimal("-0.00001")) == 0)
        #expect(SchemaDecimal.compare(try decimal("-2"), try decimal("1")) == -1)
        #expect(try decimal("0.0075").isMultiple(of: try decimal("0.0001")) == true)
        #expect(try decimal("0.00751").isMultiple(of: try decimal("0.0001")) == false)
        #expect(try decimal("12391239123").isMultiple(of: try decimal("1e-8")) == true)
        #expect(try decimal("1e308").isMultiple(of: try decimal("0.123456789")) == false)
        #expect(try decimal("4.5").isMultiple(of: try decimal("1.5")) == true)
        #expect(try decimal("35").isMultiple(of: try decimal("1.5")) == false)
        #expect(try decimal("123456789012345678901234567890").isMultiple(of: try decimal("10")) == true)
        #expect(try decimal("1").isMultiple(of: try decimal("0")) == nil)
        #expect(SchemaDecimal(literal: "1e") == nil)
        #expect(SchemaDecimal(literal: "abc") == nil)
    }

    @Test("exact equality compares strings by bytes and numbers by value")
    func equality() {
        #expect(SchemaJSONEquality.equal(1, 1.0))
        #expect(SchemaJSONEquality.equal(["a": [1, 2], "b": .null], ["b": .null, "a": [1.0, 2]]))
        #expect(!SchemaJSONEquality.equal(false, 0))
        #expect(!SchemaJSONEquality.equal([1], [true]))
        // Precomposed and decomposed é are canonically equivalent but different bytes; JSON's own
        // equality compares bytes too.
        #expect(JSON.string("\u{E9}") != JSON.string("e\u{301}"))
        #expect(!SchemaJSONEquality.equal(.string("\u{E9}"), .string("e\u{301}")))
        #expect(!SchemaJSONEquality.equal(["\u{E9}": 1], ["e\u{301}": 1]))
        var deep: JSON = 1
        for _ in 0..<10_000 { deep = [deep] }
        #expect(SchemaJSONEquality.equal(deep, deep))
        var keys = Set<SchemaJSONKey>()
        keys.insert(SchemaJSONKey(value: 1))
        #expect(keys.contains(SchemaJSONKey(value: 1.0)))
        #expect(!keys.contains(SchemaJSONKey(value: true)))
    }
}
