import LinkedData
import Testing

/// Bounds on depth, context chains and work: hostile input must fail cleanly, never exhaust the stack.
@Suite struct JSONLDLimitsTests {
    @Test func deepNestingIsRefused() throws {
        var document: JSON = ["https://example.org/p": "leaf"]
        for _ in 0..<300 { document = ["https://example.org/p": document] }
        let processor = JSONLDProcessor(loader: NoLoader())
        #expect(throws: JSONLDError.self) { try processor.toRDF(document) }
        do {
            _ = try processor.toRDF(document)
        } catch {
            #expect(error.code == .limitExceeded)
            #expect(error.message.contains("deeper"))
        }
    }

    @Test func nestingWithinTheLimitWorks() throws {
        var document: JSON = ["https://example.org/p": "leaf"]
        for _ in 0..<20 { document = ["https://example.org/p": document] }
        #expect(try JSONLDProcessor(loader: NoLoader()).toRDF(document).count == 21)
    }

    @Test func endlessChainOfRemoteContextsOverflows() throws {
        var documents: [String: JSON] = [:]
        for i in 0..<100 {
            documents["https://example.org/context/\(i)"] = ["@context": .string("https://example.org/context/\(i + 1)")]
        }
        let processor = JSONLDProcessor(loader: TableLoader(documents))
        do {
            _ = try processor.toRDF(["@context": "https://example.org/context/0", "@id": "https://example.org/a"])
            Issue.record("expected context overflow")
        } catch {
            #expect(error.code == .contextOverflow)
        }
    }

    @Test func contextIncludingItselfOverflows() throws {
        let loader = TableLoader(["https://example.org/self": ["@context": ["https://example.org/self", ["name": "https://schema.org/name"]]]])
        let processor = JSONLDProcessor(loader: loader)
        do {
            _ = try processor.toRDF(["@context": "https://example.org/self", "name": "x"])
            Issue.record("expected context overflow")
        } catch {
            #expect(error.code == .contextOverflow)
            // The document is loaded once however often it is referenced.
            #expect(loader.callCount("https://example.org/self") == 1)
        }
    }

    @Test func expansionWorkIsBounded() throws {
        let values = JSON.array((0..<1000).map { JSON.number($0) })
        let document: JSON = ["@id": "https://example.org/a", "https://example.org/p": values]
        var options = JSONLDOptions()
        options.limits.maxExpansionWork = 500
        do {
            _ = try JSONLDProcessor(loader: NoLoader(), options: options).toRDF(document)
            Issue.record("expected the work limit")
        } catch {
            #expect(error.code == .limitExceeded)
        }
        #expect(try JSONLDProcessor(loader: NoLoader()).toRDF(document).count == 1000)
    }

    @Test func quadCountIsBounded() throws {
        let values = JSON.array((0..<50).map { JSON.string("v\($0)") })
        var options = JSONLDOptions()
        options.limits.maxQuads = 10
        do {
            _ = try JSONLDProcessor(loader: NoLoader(), options: options).toRDF(["@id": "https://example.org/a", "https://example.org/p": values])
            Issue.record("expected the quad limit")
        } catch {
            #expect(error.code == .limitExceeded)
        }
    }

    @Test func exponentialScopedContextsAreBounded() throws {
        // Each term's scoped context defines two terms with scoped contexts, twenty levels deep.
        var context: JSON = ["leaf": "https://example.org/leaf"]
        for level in 0..<20 {
            context = ["a\(level)": ["@id": "https://example.org/a", "@context": context],
                       "b\(level)": ["@id": "https://example.org/b", "@context": context]]
        }
        var options = JSONLDOptions()
        options.limits.maxContextWork = 10_000
        do {
            _ = try JSONLDProcessor(loader: NoLoader(), options: options).toRDF(["@context": context, "@id": "https://example.org/x"])
            Issue.record("expected the context work limit")
        } catch {
            #expect(error.code == .limitExceeded)
        }
    }
}
