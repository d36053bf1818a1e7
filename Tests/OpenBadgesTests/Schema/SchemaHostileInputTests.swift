import Dispatch
import Foundation
import OpenBadges
import TestSupport
import Testing

/// Schemas and instances built to hurt: reference cycles that never consume input, very deep and
/// very wide instances, and patterns prone to catastrophic backtracking. Each must end quickly with
/// a clear error, never crash and never report valid.
@Suite("Schema validation under hostile input")
struct SchemaHostileInputTests {
    let clock = ContinuousClock()

    func schema(_ text: String, options: SchemaOptions = SchemaOptions()) throws -> JSONSchema {
        try JSONSchema(try JSON.parse(text), options: options)
    }

    /// Validates and checks the result is an incomplete failure that mentions `phrase`.
    func expectStopped(_ schema: JSONSchema, _ instance: JSON, mentioning phrase: String) {
        let start = clock.now
        let result = schema.validate(instance)
        #expect(clock.now - start < TimeBudget.duration(seconds: 5))
        #expect(!result.isValid)
        #expect(!result.isComplete)
        #expect(!schema.isValid(instance))
        #expect(result.errors.contains { $0.message.contains(phrase) }, "\(result.errors)")
    }

    @Test("a $ref that re-enters itself without consuming input stops with a cycle error")
    func selfReference() throws {
        expectStopped(try schema(##"{"$ref": "#"}"##), ["any": "thing"], mentioning: "reference cycle")
        let indirect = try schema(##"""
            {"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"allOf": [{"$ref": "#/$defs/a"}]}},
             "anyOf": [{"type": "string"}, {"$ref": "#/$defs/a"}]}
            """##)
        expectStopped(indirect, 42, mentioning: "reference cycle")
        // The cycle is never reached for a string: the first alternative decides.
        #expect(indirect.isValid("text"))
        let recursive = try schema(##"{"$recursiveAnchor": true, "allOf": [{"$recursiveRef": "#"}]}"##)
        expectStopped(recursive, [1, 2], mentioning: "reference cycle")
        let result = try schema(##"{"$ref": "#"}"##).validate(.null)
        let error = try #require(result.errors.last as SchemaValidationError?)
        #expect(error.keyword == "$ref")
        #expect(error.instanceLocation == "")
    }

    @Test("recursion that does consume input is fine")
    func recursionOverInput() throws {
        let tree = try schema(##"{"type": "object", "additionalProperties": {"$ref": "#"}}"##)
        #expect(tree.isValid(["a": ["b": ["c": [:]]]]))
        #expect(!tree.isValid(["a": ["b": ["c": 1]]]))
        #expect(tree.validate(["a": ["b": ["c": 1]]]).errors.first?.instanceLocation == "/a/b/c")
    }

    /// Parses on a thread with a 256 MiB stack: the strict parser is recursive, and 10,000 levels
    /// need more stack than a test thread has. Validation itself runs on the test thread.
    static func parseOnLargeStack(_ text: String, maxDepth: Int) throws -> JSON {
        final class Box: @unchecked Sendable {
            var result: Result<JSON, any Error>?
            let done = DispatchSemaphore(value: 0)
        }
        let box = Box()
        let thread = Thread {
            box.result = Result { try JSON.parse(text, limits: JSONParser.Limits(maxDepth: maxDepth)) }
            box.done.signal()
        }
        thread.stackSize = 256 << 20
        thread.start()
        box.done.wait()
        guard let result = box.result else { throw CancellationError() }
        return try result.get()
    }

    @Test("a 10,000-deep instance stops at the evaluation depth limit with a clear error")
    func deepInstance() throws {
        let depth = 10_000
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let deep = try Self.parseOnLargeStack(text, maxDepth: depth + 1)
        expectStopped(try schema(##"{"items": {"$ref": "#"}}"##), deep, mentioning: "nest deeper than 256 levels")
        let result = try schema(##"{"items": {"$ref": "#"}}"##).validate(deep)
        let location = try #require(result.errors.last?.instanceLocation)
        #expect(location.hasPrefix("/0/0/0/0"))
        #expect(location.split(separator: "/").count < 300)
        // A schema that does not descend validates the same instance at once.
        #expect(try schema(##"{"type": "array", "minItems": 1, "uniqueItems": true}"##).isValid(deep))
        #expect(try schema(##"{"const": [[1]]}"##).validate(deep).isComplete)
        // Deep objects too, through additionalProperties.
        var object: JSON = [:]
        for _ in 0..<depth { object = ["a": object] }
        expectStopped(try schema(##"{"additionalProperties": {"$ref": "#"}}"##), object, mentioning: "nest deeper")
        // A raised limit is honoured: 200 levels take 400 nested evaluations, more than the default.
        let shallow = try Self.parseOnLargeStack(String(repeating: "[", count: 200) + String(repeating: "]", count: 200),
                                                 maxDepth: 300)
        #expect(!(try schema(##"{"items": {"$ref": "#"}}"##).validate(shallow).isComplete))
        let lenient = try schema(##"{"items": {"$ref": "#"}}"##, options: SchemaOptions(maxEvaluationDepth: 500))
        #expect(lenient.validate(shallow).isValid)
    }

    @Test("wide instances stay linear and the step budget bounds total work")
    func wideInstances() throws {
        let many = JSON.array((0..<100_000).map { .number($0) })
        let start = clock.now
        #expect(try schema(##"{"items": {"type": "integer", "minimum": 0}, "uniqueItems": true}"##).isValid(many))
        #expect(clock.now - start < TimeBudget.duration(seconds: 20))
        let budgeted = try schema(##"{"items": {"anyOf": [{"type": "string"}, {"type": "integer"}]}}"##,
                                  options: SchemaOptions(maxSteps: 1_000))
        expectStopped(budgeted, many, mentioning: "more than 1000 keyword evaluations")
    }

    @Test("a pattern prone to catastrophic backtracking stops at its step budget")
    func catastrophicPattern() throws {
        let hostile: JSON = .string(String(repeating: "a", count: 64) + "!")
        expectStopped(try schema(##"{"pattern": "^(a+)+$"}"##), hostile, mentioning: "exceeded its step budget")
        expectStopped(try schema(##"{"patternProperties": {"^(a|aa)+$": true}}"##),
                      [String(repeating: "a", count: 64) + "!": 1], mentioning: "exceeded its step budget")
        #expect(try schema(##"{"pattern": "^(a+)+$"}"##).isValid("aaaa"))
    }

    @Test("hostile schemas fail to compile with the offending location")
    func hostileSchemas() throws {
        func compileError(_ text: String) -> SchemaError? {
            do {
                _ = try schema(text)
                return nil
            } catch let error as SchemaError {
                return error
            } catch {
                return nil
            }
        }
        #expect(compileError(##"{"pattern": "(?i)x"}"##)?.kind == .invalidPattern)
        #expect(compileError(##"{"pattern": "a{1000000}"}"##)?.kind == .invalidPattern)
        #expect(compileError(##"{"$ref": "#/$defs/missing"}"##)?.kind == .unresolvedReference)
        #expect(compileError(##"{"$ref": "#nowhere"}"##)?.kind == .unresolvedReference)
        #expect(compileError(##"{"properties": {"a": {"$ref": "https://example.org/elsewhere.json"}}}"##)?.kind == .resolverFailed)
        let error = try #require(compileError(##"{"properties": {"a": {"minLength": -1}}}"##))
        #expect(error.kind == .invalidKeyword)
        #expect(error.location == "urn:laurel:anonymous-schema#/properties/a/minLength")
        #expect(compileError(##"{"$defs": {"a": {"$id": "https://x.example/s"}, "b": {"$id": "https://x.example/s"}}}"##)?.kind
                    == .duplicateIdentifier)
        #expect(compileError(##"{"$schema": "http://json-schema.org/draft-07/schema#"}"##)?.kind == .unsupportedDialect)
        #expect(compileError(##"{"type": "integer", "$id": "#frag"}"##)?.kind == .invalidKeyword)
    }
}
