import BadgeVerifier
import Foundation
import Testing

@Suite struct PinnedDocumentFetcherTests {
    let root = URL(fileURLWithPath: "/pinned")

    func path(_ url: String) throws -> String {
        try PinnedDocumentFetcher(directory: root).path(for: url).path
    }

    @Test func urlsMapToHostAndPath() throws {
        #expect(try path("https://example.org/issuers/1.json") == "/pinned/example.org/issuers/1.json")
        #expect(try path("http://Example.ORG/a/b") == "/pinned/example.org/a/b")
        #expect(try path("https://example.org:8443/x.json") == "/pinned/example.org:8443/x.json")
        #expect(try path("https://example.org/.well-known/did.json") == "/pinned/example.org/.well-known/did.json")
        #expect(try path("https://example.org/keys/1#key-1") == "/pinned/example.org/keys/1")
    }

    @Test func directoriesMapToIndexFiles() throws {
        #expect(try path("https://example.org") == "/pinned/example.org/index.json")
        #expect(try path("https://example.org/") == "/pinned/example.org/index.json")
        #expect(try path("https://example.org/issuers/") == "/pinned/example.org/issuers/index.json")
    }

    @Test func escapingTheFolderIsRefused() {
        for url in ["https://example.org/../etc/passwd", "https://example.org/a/./b", "https://../x", "ftp://example.org/x",
                    "https://example.org/x?y=1", "https:///x"] {
            #expect(throws: FetchError.self, "\(url)") { try path(url) }
        }
    }

    @Test func fetchReadsTheFileOrSaysItIsMissing() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pinned-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("example.org/lists"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("{\"ok\":true}".utf8).write(to: folder.appendingPathComponent("example.org/lists/1.json"))
        let fetcher = PinnedDocumentFetcher(directory: folder)
        let document = try await fetcher.fetch("https://example.org/lists/1.json", accept: ["application/json"])
        #expect(document.bytes == Array("{\"ok\":true}".utf8))
        #expect(document.contentType == "application/json")
        await #expect(throws: FetchError.self) { try await fetcher.fetch("https://example.org/lists/2.json", accept: []) }
        let tiny = PinnedDocumentFetcher(directory: folder, maxBytes: 4)
        await #expect(throws: FetchError.self) { try await tiny.fetch("https://example.org/lists/1.json", accept: []) }
    }

    @Test func noNetworkFetcherRefuses() async {
        await #expect(throws: FetchError.refused("https://example.org/x", reason: "network access is turned off for this verification")) {
            try await NoNetworkFetcher().fetch("https://example.org/x", accept: [])
        }
    }
}
