import BadgeNetwork
import Foundation
import Testing

/// Pinned documents first, the network for the rest.
@Suite struct FallbackDocumentFetcherTests {
    @Test func pinnedDocumentsWinAndTheRestComeFromTheNetwork() async throws {
        let server = try await LocalHTTPServer.start { request in .document(body: Array("{\"from\":\"network \(request.path)\"}".utf8)) }
        defer { Task { await server.stop() } }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("laurel-fallback-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let pinnedFile = folder.appendingPathComponent("127.0.0.1:\(server.port)/pinned.json")
        try FileManager.default.createDirectory(at: pinnedFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("{\"from\":\"folder\"}".utf8).write(to: pinnedFile)
        let network = HTTPDocumentFetcher(policy: HTTPFetchPolicy(totalTimeout: .seconds(5), allowPrivateNetwork: true))
        let fetcher = FallbackDocumentFetcher(first: PinnedDocumentFetcher(directory: folder), then: network)

        let pinned = try await fetcher.fetch("\(server.origin)/pinned.json", accept: ["application/json"])
        #expect(pinned.bytes == Array("{\"from\":\"folder\"}".utf8))
        let fetched = try await fetcher.fetch("\(server.origin)/other.json", accept: ["application/json"])
        #expect(fetched.bytes == Array("{\"from\":\"network /other.json\"}".utf8))
        // A query cannot be pinned, so it goes to the network too, under the network's policy.
        _ = try await fetcher.fetch("\(server.origin)/list?page=2", accept: ["application/json"])
        #expect(server.log.requests.map(\.path) == ["/other.json", "/list?page=2"])
    }

    @Test func theNetworkPolicyStillAppliesToWhatIsNotPinned() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("laurel-fallback-\(UUID().uuidString)")
        let fetcher = FallbackDocumentFetcher(first: PinnedDocumentFetcher(directory: folder), then: HTTPDocumentFetcher())
        do {
            _ = try await fetcher.fetch("http://169.254.169.254/latest/meta-data/", accept: [])
            Issue.record("the metadata address was fetched")
        } catch {
            guard case .refused = error else {
                Issue.record("\(error)")
                return
            }
        }
    }
}
