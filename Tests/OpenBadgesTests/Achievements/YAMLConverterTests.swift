import OpenBadges
import TestSupport
import Testing

@Suite("YAML to JSON under limits")
struct YAMLConverterTests {
    static func convert(_ text: String, limits: YAMLLimits = .default) throws(YAMLError) -> JSON {
        try YAMLConverter(limits: limits).convert(Array(text.utf8)).json
    }

    static func error(_ text: String, limits: YAMLLimits = .default) -> YAMLError? {
        do {
            _ = try convert(text, limits: limits)
            return nil
        } catch {
            return error
        }
    }

    @Test("scalars resolve by the YAML 1.2 core schema; quoted and block scalars stay strings")
    func scalars() throws {
        let json = try Self.convert("""
            a: 1
            b: -2.5
            c: +3
            d: .5
            e: 1e3
            f: "1"
            g: no
            h: yes
            i: true
            j: ~
            k:
            l: 007
            m: !!str 12
            n: |
              line one
              line two
            o: 'single'
            p: 2026-09-01
            """)
        #expect(json["a"] == 1 && json["b"] == -2.5 && json["c"] == 3 && json["d"] == 0.5 && json["e"] == 1000)
        #expect(json["f"] == "1" && json["g"] == "no" && json["h"] == "yes" && json["i"] == true)
        #expect(json["j"] == .null && json["k"] == .null && json["l"] == 7 && json["m"] == "12")
        #expect(json["n"] == "line one\nline two\n" && json["o"] == "single" && json["p"] == "2026-09-01")
        #expect(json.objectValue?.keys == ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p"])
    }

    @Test("lines are kept for every value")
    func lines() throws {
        let result = try YAMLConverter().convert(Array("a:\n  b:\n    - x\n    - y\nc: 1\n".utf8))
        #expect(result.lines["/a"] == 1 && result.lines["/a/b"] == 2 && result.lines["/a/b/1"] == 4 && result.lines["/c"] == 5)
    }

    @Test("a billion-laughs alias bomb is refused quickly")
    func aliasBomb() {
        var text = "a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i", "j"] {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
            previous = name
        }
        let clock = ContinuousClock()
        var caught: YAMLError?
        let elapsed = clock.measure { caught = Self.error(text) }
        #expect(caught?.message.contains("aliases") == true, "\(String(describing: caught))")
        #expect(elapsed < TimeBudget.duration(seconds: 1), "refused in \(elapsed)")
        // Even with aliases tolerated by nothing, the node budget alone would stop expansion: a wide
        // document without aliases over the budget fails on the count.
        let wide = "[" + Array(repeating: "1", count: 2_000).joined(separator: ",") + "]"
        #expect(Self.error(wide, limits: YAMLLimits(maxNodes: 1_000))?.message == "the YAML holds more than 1000 values")
    }

    @Test("a single alias is refused with the line it repeats")
    func alias() {
        let error = Self.error("base: &b {x: 1}\ncopy: *b\n")
        #expect(error?.message == "YAML aliases (*name) are not supported: write the value out instead (the alias repeats the value at line 1)")
    }

    @Test("tags, merge keys, duplicate keys and complex keys are refused with their line")
    func refusals() {
        #expect(Self.error("a: 1\nb: !!binary aGVsbG8=\n") == YAMLError("YAML tags (tag:yaml.org,2002:binary) are not supported", line: 2, column: 4))
        #expect(Self.error("a: !custom {x: 1}\n")?.message == "YAML tags (!custom) are not supported")
        #expect(Self.error("a: {x: 1}\nb:\n  <<: {y: 2}\n")?.message == "YAML merge keys (<<) are not supported")
        #expect(Self.error("a: 1\nb: 2\na: 3\n") == YAMLError("the key \"a\" appears twice in one mapping", line: 3, column: 1))
        #expect(Self.error("? [a, b]\n: 1\n")?.message == "a mapping key must be a plain value, not a sequence or mapping")
        #expect(Self.error("a: .inf\n")?.message == "\".inf\" is a YAML number JSON cannot represent; quote it if it is text")
        #expect(Self.error("a: 0x1F\n")?.line == 1)
        #expect(Self.error("a: 1\n---\nb: 2\n")?.message.hasPrefix("invalid YAML") == true)
        #expect(Self.error("a: [1, 2\n")?.line != nil)
        #expect(Self.error("")?.message == "the YAML document is empty")
    }

    @Test("deep nesting is refused before the parser recurses")
    func depth() {
        let flow = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(Self.error(flow)?.message.contains("nests too deeply") == true)
        var block = ""
        for level in 0..<300 { block += String(repeating: " ", count: level) + "k\(level):\n" }
        #expect(Self.error(block)?.message.contains("nest") == true)
        let dashes = String(repeating: "- ", count: 5_000) + "x\n"
        #expect(Self.error(dashes)?.message.contains("nests too deeply") == true)
        // Within the limit, exact depth is enforced during conversion.
        let sixtyFive = String(repeating: "[", count: 66) + String(repeating: "]", count: 66)
        #expect(Self.error(sixtyFive)?.message == "the YAML nests more than 64 levels deep")
        #expect((try? Self.convert(String(repeating: "[", count: 60) + String(repeating: "]", count: 60))) != nil)
    }

    @Test("size and encoding limits")
    func sizeAndEncoding() {
        #expect(Self.error("a: 1\n", limits: YAMLLimits(maxBytes: 3))?.message == "the YAML document is 5 bytes; at most 3 are accepted")
        #expect(throws: YAMLError("the YAML document is not valid UTF-8")) { try YAMLConverter().convert([0x61, 0x3A, 0x20, 0xFF]) }
    }
}
