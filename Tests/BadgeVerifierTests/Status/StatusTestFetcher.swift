import BadgeVerifier
import Foundation
import TestSupport

/// Answers status-list URLs from a small map: to files in the shared vectors (whose folders cannot be
/// rearranged to suit `PinnedDocumentFetcher`), to documents made in the test, or to a fetch error.
/// Unmapped URLs are "not pinned", so no test touches the network. Counts fetches per URL.
struct StatusTestFetcher: DocumentFetcher {
    enum Answer: Sendable {
        case vectorFile(String)
        case bytes([UInt8])
        case failure(FetchError)
    }

    var answers: [String: Answer]
    let log = FetchLog()

    init(_ answers: [String: Answer] = [:]) { self.answers = answers }

    func fetch(_ url: String, accept: [String]) async throws(FetchError) -> FetchedDocument {
        await log.record(url)
        switch answers[url] {
        case .vectorFile(let path)?:
            guard let bytes = try? Vectors.bytes(path) else { throw .unreachable(url, reason: "cannot read vector file \(path)") }
            return FetchedDocument(url: url, bytes: bytes, contentType: "application/json")
        case .bytes(let bytes)?:
            return FetchedDocument(url: url, bytes: bytes, contentType: "application/json")
        case .failure(let error)?:
            throw error
        case nil:
            throw .notPinned(url, path: "(no test mapping)")
        }
    }
}

actor FetchLog {
    private(set) var counts: [String: Int] = [:]
    func record(_ url: String) { counts[url, default: 0] += 1 }
}
