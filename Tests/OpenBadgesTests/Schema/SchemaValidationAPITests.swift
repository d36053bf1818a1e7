import OpenBadges
import Synchronization
import Testing

@Suite("Schema validation API: registry, resolver, options, errors")
struct SchemaValidationAPITests {
    func schema(_ text: String, options: SchemaOptions = SchemaOptions()) throws -> JSONSchema {
        try JSONSchema(try JSON.parse(text), options: options)
    }

    func compileError(_ body: () throws -> Void) -> SchemaError? {
        do {
            try body()
            return nil
        } catch let error as SchemaError {
            return error
        } catch {
            return nil
        }
    }

    @Test("a registry resolves references across documents by $id, relative URI and anchor")
    func registry() throws {
        var registry = SchemaRegistry()
        try registry.register(try JSON.parse(##"""
            {"$id": "https://schemas.example.org/common.json",
             "$defs": {
               "uri": {"type": "string", "format": "uri"},
               "name": {"$anchor": "name", "type": "string", "minLength": 1},
               "embedded": {"$id": "embedded.json", "type": "integer"}
             }}
            """##))
        try registry.register(try JSON.parse(##"""
            {"type": "object", "required": ["id", "name"],
             "properties": {"id": {"$ref": "common.json#/$defs/uri"}, "name": {"$ref": "common.json#name"},
                            "count": {"$ref": "embedded.json"}}}
            """##), uri: "https://schemas.example.org/profile.json")
        #expect(registry.uris == ["https://schemas.example.org/common.json", "https://schemas.example.org/embedded.json",
                                  "https://schemas.example.org/profile.json"])
        let profile = try registry.schema("https://schemas.example.org/profile.json",
                                          options: SchemaOptions(format: .assertKnown))
        #expect(profile.isValid(["id": "https://example.org/p/1", "name": "Ada", "count": 3]))
        let errors = profile.validate(["id": "not a uri", "name": "", "count": 1.5]).errors
        #expect(errors.map(\.instanceLocation) == ["/id", "/name", "/count"])
        #expect(errors.map(\.absoluteKeywordLocation) == [
            "https://schemas.example.org/common.json#/$defs/uri/format",
            "https://schemas.example.org/common.json#/$defs/name/minLength",
            "https://schemas.example.org/embedded.json#/type",
        ])
        #expect(errors[2].message == "expected an integer, found the number 1.5")
        // A fragment selects a subschema of a registered document.
        let name = try registry.schema("https://schemas.example.org/common.json#/$defs/name")
        #expect(name.isValid("x") && !name.isValid(""))
        // Registering a different document under a taken URI fails.
        var copy = registry
        #expect(compileError { try copy.register(["$id": "https://schemas.example.org/common.json", "type": "null"]) }?.kind
                    == .duplicateIdentifier)
        #expect(compileError { try copy.register(["type": "null"]) }?.kind == .missingIdentifier)
    }

    @Test("unknown documents are refused by default and supplied by a resolver hook")
    func resolver() throws {
        let text = ##"{"properties": {"a": {"$ref": "https://remote.example/defs.json#/$defs/a"}}}"##
        let refused = try #require(compileError { _ = try self.schema(text) })
        #expect(refused.kind == .resolverFailed)
        #expect(refused.location == "urn:laurel:anonymous-schema#/properties/a/$ref")
        #expect(refused.message.contains("https://remote.example/defs.json"))
        #expect(refused.message.contains("never fetched"))

        let calls = Mutex<[String]>([])
        let resolver = SchemaResolver { uri in
            calls.withLock { $0.append(uri) }
            return uri == "https://remote.example/defs.json" ? ["$defs": ["a": ["const": 1]]] : nil
        }
        let compiled = try JSONSchema(try JSON.parse(text), registry: SchemaRegistry(resolver: resolver))
        #expect(compiled.isValid(["a": 1]))
        #expect(!compiled.isValid(["a": 2]))
        #expect(calls.withLock { $0 } == ["https://remote.example/defs.json"])
        let missing = try #require(compileError {
            _ = try JSONSchema(["$ref": "https://remote.example/none.json"], registry: SchemaRegistry(resolver: resolver))
        })
        #expect(missing.kind == .unresolvedReference)
    }

    @Test("format is an annotation unless asserted, for all known formats or a chosen few")
    func formatModes() throws {
        let text = ##"{"properties": {"when": {"format": "date-time"}, "mail": {"format": "email"}, "x": {"format": "x-custom"}}}"##
        let instance: JSON = ["when": "yesterday", "mail": "nobody", "x": "anything"]
        #expect(try schema(text).isValid(instance))
        let all = try schema(text, options: SchemaOptions(format: .assertKnown)).validate(instance)
        #expect(all.errors.map(\.instanceLocation) == ["/when", "/mail"])
        let dates = try schema(text, options: SchemaOptions(format: .assert(["date-time"]))).validate(instance)
        #expect(dates.errors.map(\.instanceLocation) == ["/when"])
        #expect(dates.errors.first?.message.hasPrefix("'yesterday' is not a valid date-time") == true)
    }

    @Test("errors read plainly and point at the instance and the keyword")
    func messages() throws {
        let compiled = try schema(##"""
            {"type": "object", "additionalProperties": false,
             "properties": {
               "name": {"type": "string", "minLength": 3},
               "tags": {"type": "array", "items": {"enum": ["a", "b"]}, "uniqueItems": true},
               "kind": {"oneOf": [{"const": "x"}, {"type": "string", "maxLength": 1}]},
               "level": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
               "score": {"type": "number", "exclusiveMaximum": 10, "multipleOf": 0.5}
             },
             "dependentRequired": {"score": ["rank"]}}
            """##)
        let errors = compiled.validate([
            "name": "🐲🐲", "tags": ["a", "c", "a"], "kind": "x", "level": "high", "score": 10.25, "extra": true,
        ]).errors
        let byLocation = Dictionary(grouping: errors, by: \.instanceLocation)
        #expect(byLocation["/name"]?.first?.message == "the string must be at least 3 characters long, found 2")
        #expect(byLocation["/tags/1"]?.first?.keyword == "enum")
        #expect(byLocation["/tags/1"]?.first?.message == #"the value is not one of the allowed values: "a", "b""#)
        #expect(byLocation["/tags"]?.first?.message == "items 0 and 2 are equal, but items must be unique")
        #expect(byLocation["/kind"]?.first?.message == "the value matches alternatives 0, 1 of oneOf, but exactly one must match")
        let anyOf = try #require(byLocation["/level"]?.first)
        #expect(anyOf.keyword == "anyOf")
        #expect(anyOf.causes.map(\.keywordLocation) == ["/properties/level/anyOf/0/type", "/properties/level/anyOf/1/type"])
        #expect(Set(byLocation["/score"]?.map(\.keyword) ?? []) == ["exclusiveMaximum", "multipleOf"])
        let extra = try #require(byLocation["/extra"]?.first)
        #expect(extra.message == "property 'extra' is not allowed here")
        #expect(extra.keywordLocation == "/additionalProperties")
        #expect(byLocation[""]?.map(\.message) == ["property 'rank' is required when 'score' is present"])
        #expect(byLocation[""]?.first?.keywordLocation == "/dependentRequired/score")
    }

    @Test("enum and const compare strings by bytes, numbers by value")
    func exactComparison() throws {
        let precomposed = try schema(##"{"enum": ["caf\u00e9"]}"##)
        #expect(precomposed.isValid("caf\u{E9}"))
        #expect(!precomposed.isValid("cafe\u{301}"))
        #expect(try schema(##"{"const": 1}"##).isValid(1.0))
        #expect(try !schema(##"{"const": 1}"##).isValid(true))
        #expect(try schema(##"{"const": {"a": [1, 2]}}"##).isValid(["a": [1.0, 2]]))
        #expect(try !schema(##"{"const": 12345678901234567890}"##).isValid(.number(try #require(JSON.parse("12345678901234567891").numberValue))))
        #expect(try schema(##"{"uniqueItems": true}"##).isValid(["caf\u{E9}", "cafe\u{301}"]))
        #expect(try schema(##"{"properties": {"caf\u00e9": false}}"##).isValid(["cafe\u{301}": 1]))
    }

    @Test("one compiled schema validates from many tasks at once")
    func concurrency() async throws {
        let compiled = try schema(##"{"type": "array", "items": {"type": "integer", "minimum": 0}, "maxItems": 50}"##)
        let results = await withTaskGroup(of: (Int, Bool, Int).self) { group in
            for n in 0..<64 {
                group.addTask {
                    let instance: JSON = .array((0..<n).map { .number($0 % 7 == 6 ? -1 : $0) })
                    let result = compiled.validate(instance)
                    return (n, result.isValid, result.errors.count)
                }
            }
            var collected: [(Int, Bool, Int)] = []
            for await result in group { collected.append(result) }
            return collected
        }
        #expect(results.count == 64)
        for (n, valid, count) in results {
            let negatives = (0..<n).filter { $0 % 7 == 6 }.count
            let tooLong = n > 50 ? 1 : 0
            #expect(valid == (negatives == 0 && tooLong == 0))
            #expect(count == negatives + tooLong)
        }
    }

    @Test("a compiled schema reports its URI and validates booleans schemas")
    func basics() throws {
        #expect(try JSONSchema(true).isValid(["anything": [1, 2, 3]]))
        let never = try JSONSchema(false).validate(1)
        #expect(never.errors.first?.message == "no value is allowed here (the schema is false)")
        #expect(try JSONSchema(["$id": "https://example.org/s.json#"]).uri == "https://example.org/s.json")
        #expect(try JSONSchema([:], uri: "https://example.org/given.json").uri == "https://example.org/given.json")
        #expect(try JSONSchema([:]).uri == "urn:laurel:anonymous-schema")
    }
}
