import LaurelJSON
@testable import LinkedData
import Testing

@Suite("Bundled document loader")
struct BundledDocumentLoaderTests {
    @Test("answers every bundled URL with its document, at that URL")
    func answersBundledURLs() throws {
        let loader = BundledDocumentLoader()
        #expect(BundledContexts.urls.count == 26)
        for url in BundledContexts.urls {
            let remote = try loader.load(url)
            #expect(remote.documentURL == url)
            #expect(remote.contentType == "application/ld+json")
            #expect(remote.document == BundledContexts.document(for: url))
            #expect(remote.document["@context"] != nil, "\(url) has no @context")
        }
    }

    @Test(
        "refuses other URLs, naming them",
        arguments: [
            "https://example.org/my-context.jsonld",
            "https://w3id.org/citizenship/v4rc1",
            // Near misses of bundled URLs are not aliases: publishers do not serve them.
            "https://www.w3.org/ns/credentials/v2/",
            "http://www.w3.org/ns/credentials/v2",
            "https://www.w3.org/ns/credentials/V2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json#",
            " https://www.w3.org/ns/credentials/v2",
            "",
        ]
    )
    func refusesOthers(url: String) {
        #expect(!BundledContexts.contains(url))
        #expect(BundledContexts.document(for: url) == nil)
        do {
            _ = try BundledDocumentLoader().load(url)
            Issue.record("loaded \(url)")
        } catch {
            #expect(error.code == .loadingRemoteContextFailed)
            #expect(error.message == "the context \(url) is not bundled with Laurel; Laurel never fetches contexts")
        }
    }

    @Test("lookups compare URL bytes, not canonical equivalence")
    func comparesURLBytes() {
        // No bundled URL has a character with another canonically equivalent spelling, so this uses a
        // table of its own: "é" precomposed and decomposed are equal Swift strings, and equal keys.
        let listed = "https://example.org/caf\u{E9}/v1"
        let lookalike = "https://example.org/cafe\u{301}/v1"
        #expect(listed == lookalike)
        let table = BundledContextTable(sources: [([listed], { ["@context": ["@vocab": "https://example.org/#"]] })])
        #expect(table.document(for: listed) != nil)
        #expect(table.document(for: lookalike) == nil)
    }

    @Test("documents are built once: repeated and concurrent loads share one storage")
    func builtOnce() async throws {
        let url = BundledContexts.openBadges3
        let first = try BundledDocumentLoader().load(url).document
        let identity = try storageIdentity(first)
        let identities = await withTaskGroup(of: Int?.self) { group in
            for _ in 0..<32 {
                group.addTask { (try? BundledDocumentLoader().load(url).document).flatMap { try? storageIdentity($0) } }
            }
            var result: [Int?] = []
            for await identity in group { result.append(identity) }
            return result
        }
        #expect(identities.count == 32)
        #expect(identities.allSatisfy { $0 == identity })
        #expect(try storageIdentity(#require(BundledContexts.document(for: url))) == identity)
    }

    @Test("the composite loader answers bundled URLs itself and passes others on")
    func bundledFirst() throws {
        let pinned = "https://example.org/pinned/v1"
        let fixture: JSON = ["@context": ["ex": "https://example.org/ns#"]]
        let fallback = FixedLoader(documents: [
            pinned: fixture,
            // The fallback cannot replace a bundled context.
            BundledContexts.credentialsV2: ["@context": ["@vocab": "https://evil.example/#"]],
        ])
        let loader = BundledFirstDocumentLoader(fallback: fallback)

        #expect(try loader.load(pinned).document == fixture)
        let v2 = try loader.load(BundledContexts.credentialsV2).document
        #expect(v2 == BundledContexts.document(for: BundledContexts.credentialsV2))
        #expect(throws: JSONLDError(.loadingDocumentFailed, "no fixture for https://example.org/other")) {
            try loader.load("https://example.org/other")
        }
    }

    @Test("the URL constants are bundled URLs")
    func constants() {
        let constants = [
            BundledContexts.credentialsV1, BundledContexts.credentialsV2, BundledContexts.openBadges3,
            BundledContexts.openBadges2, BundledContexts.clr2, BundledContexts.dataIntegrityV2,
            BundledContexts.ed25519Signature2020, BundledContexts.bitstringStatusList, BundledContexts.statusList2021,
            BundledContexts.didV1, BundledContexts.multikeyV1, BundledContexts.jsonWebKeyV1,
        ]
        for url in constants { #expect(BundledContexts.contains(url), "\(url)") }
        #expect(BundledContexts.openBadges3 == "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json")
        #expect(BundledContexts.credentialsV2 == "https://www.w3.org/ns/credentials/v2")
    }
}

/// The address of the buffer that holds a document's top-level members: a rebuilt document would have
/// a new one, a shared copy keeps it.
private func storageIdentity(_ document: JSON) throws -> Int {
    let object = try #require(document.objectValue)
    return object.members.withUnsafeBufferPointer { Int(bitPattern: $0.baseAddress) }
}

private struct FixedLoader: DocumentLoader {
    let documents: [String: JSON]

    func load(_ url: String) throws(JSONLDError) -> RemoteDocument {
        guard let document = documents[url] else { throw JSONLDError(.loadingDocumentFailed, "no fixture for \(url)") }
        return RemoteDocument(documentURL: url, document: document)
    }
}
