import LaurelJSON
import Testing

/// The comparison that proves the bundled documents equal the official copies must itself see every
/// kind of difference.
@Suite("JSON difference")
struct JSONDifferenceTests {
    @Test("member order does not matter")
    func orderInsensitive() throws {
        let a = try JSON.parse(Array(#"{"a": 1, "b": {"x": [1, 2], "y": null}}"#.utf8))
        let b = try JSON.parse(Array(#"{"b": {"y": null, "x": [1, 2]}, "a": 1.0}"#.utf8))
        #expect(jsonDifference(a, b) == nil)
    }

    @Test("strings compare byte for byte")
    func bytes() {
        let composed: JSON = ["name": "caf\u{E9}"]
        let decomposed: JSON = ["name": "cafe\u{301}"]
        #expect(composed != decomposed)  // JSON equality compares string bytes
        #expect(jsonDifference(composed, decomposed) == "/name: \"caf\u{E9}\" instead of \"cafe\u{301}\"")
    }

    @Test("each kind of difference is found, with its place")
    func differences() {
        #expect(jsonDifference(["a": 1], ["a": 1, "b": 2]) == "/: missing \"b\"")
        #expect(jsonDifference(["a": 1, "b": 2], ["a": 1]) == "/: unexpected \"b\"")
        #expect(jsonDifference(["a": ["b/c": true]], ["a": ["b/c": false]]) == "/a/b~1c: true instead of false")
        #expect(jsonDifference([1, 2], [1]) == "/: 2 elements instead of 1")
        #expect(jsonDifference([2, 1], [1, 2]) == "/0: 2 instead of 1")
        #expect(jsonDifference(["a": "1"], ["a": 1]) == "/a: a string instead of a number")
        let duplicated = JSON.object(JSONObject(members: [.init(key: "a", value: 1), .init(key: "a", value: 1)]))
        #expect(jsonDifference(duplicated, ["a": 1, "b": 1]) == "/: key \"a\" appears twice")
    }
}
