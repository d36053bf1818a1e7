import LinkedData
import Synchronization

/// A loader that answers from a fixed table and counts how often each URL was asked for.
final class TableLoader: DocumentLoader {
    let documents: [String: JSON]
    let calls = Mutex<[String: Int]>([:])

    init(_ documents: [String: JSON]) { self.documents = documents }

    func load(_ url: String) throws(JSONLDError) -> RemoteDocument {
        calls.withLock { $0[url, default: 0] += 1 }
        guard let document = documents[url] else {
            throw JSONLDError(.loadingDocumentFailed, "no document for <\(url)>")
        }
        return RemoteDocument(documentURL: url, document: document)
    }

    func callCount(_ url: String) -> Int { calls.withLock { $0[url] ?? 0 } }
}

/// A loader with nothing in it, for documents with inline contexts only.
struct NoLoader: DocumentLoader {
    func load(_ url: String) throws(JSONLDError) -> RemoteDocument {
        throw JSONLDError(.loadingDocumentFailed, "no remote documents in this test (<\(url)>)")
    }
}

func parse(_ text: String) throws -> JSON { try JSON.parse(text) }

/// Sorted N-Quads-like lines, for comparing small results without blank nodes.
func lines(_ quads: [RDFQuad]) -> [String] { quads.map(LooseNQuads.line).sorted() }
