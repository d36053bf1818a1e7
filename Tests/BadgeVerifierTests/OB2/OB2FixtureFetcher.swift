import BadgeVerifier
import Foundation
import Synchronization
import TestSupport

/// Answers the URLs of the 1EdTech validator's OB 2.0 fixtures from their `assets` folder, as the
/// validator's own tests do: `https://www.example.org/`, `https://example.org/` and `http://example.org/`
/// map to `vc-test-resources/ob20/assets/`. Tests add answers of their own (a hosted copy, a 410, a
/// document that cannot be reached). Nothing touches the network.
final class OB2FixtureFetcher: DocumentFetcher {
    enum Answer: Sendable {
        case document([UInt8])
        case status(Int)
        case unreachable
    }

    static let prefixes = ["https://www.example.org/", "https://example.org/", "http://example.org/"]
    static let assets = Vectors.url("openbadges/1edtech-dc-public-validator/vc-test-resources/ob20/assets")

    let answers: [String: Answer]
    private let log = Mutex<[String]>([])

    init(_ answers: [String: Answer] = [:]) { self.answers = answers }

    /// Every URL asked for, in order.
    var requested: [String] { log.withLock { $0 } }

    func fetch(_ url: String, accept: [String]) async throws(FetchError) -> FetchedDocument {
        log.withLock { $0.append(url) }
        if let index = answers.index(forKey: url), answers[index].key.utf8.elementsEqual(url.utf8) {
            switch answers[index].value {
            case .document(let bytes): return FetchedDocument(url: url, bytes: bytes, contentType: "application/ld+json")
            case .status(let status): throw .httpStatus(status, url: url)
            case .unreachable: throw .unreachable(url, reason: "the test made it unreachable")
            }
        }
        guard let prefix = Self.prefixes.first(where: { url.hasPrefix($0) }) else {
            throw .notPinned(url, path: "(outside the fixture mapping)")
        }
        let name = String(url.dropFirst(prefix.count).prefix { $0 != "#" })
        guard !name.isEmpty, !name.contains("/"), !name.contains("..") else { throw .notPinned(url, path: name) }
        let file = Self.assets.appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: file.path) else { throw .notPinned(url, path: file.path) }
        return FetchedDocument(url: url, bytes: Array(data), contentType: "application/ld+json")
    }
}
