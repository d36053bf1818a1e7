import LinkedData
import TestSupport

/// Answers the JSON-LD test suite's own URLs (`https://w3c.github.io/json-ld-api/tests/…`) from the local
/// copy in the vectors folder, so tests with relative and remote contexts run offline.
struct SuiteDocumentLoader: DocumentLoader {
    static let suiteBase = "https://w3c.github.io/json-ld-api/tests/"
    let folder: String

    init(folder: String = "jsonld-toRdf") { self.folder = folder }

    func load(_ url: String) throws(JSONLDError) -> RemoteDocument {
        guard url.hasPrefix(Self.suiteBase) else {
            throw JSONLDError(.loadingDocumentFailed, "the test loader only serves \(Self.suiteBase)…, not <\(url)>")
        }
        var relative = String(url.dropFirst(Self.suiteBase.count))
        if let cut = relative.firstIndex(where: { $0 == "#" || $0 == "?" }) { relative = String(relative[..<cut]) }
        do {
            return RemoteDocument(documentURL: url, document: try Vectors.json(folder + "/" + relative))
        } catch {
            throw JSONLDError(.loadingDocumentFailed, "no suite document at <\(url)>: \(error)")
        }
    }
}

/// Answers the context URLs listed in `jsonld-contexts/contexts-map.json` from the files beside it.
struct VectorContextLoader: DocumentLoader {
    let files: [String: String]

    init() throws {
        let map = try Vectors.json("jsonld-contexts/contexts-map.json")
        var files: [String: String] = [:]
        for entry in map["contexts"]?.arrayValue ?? [] {
            guard let file = entry["file"]?.stringValue else { continue }
            for url in entry["urls"]?.arrayValue ?? [] {
                if let url = url.stringValue { files[url] = file }
            }
        }
        self.files = files
    }

    func load(_ url: String) throws(JSONLDError) -> RemoteDocument {
        guard let file = files[url] else {
            throw JSONLDError(.loadingDocumentFailed, "no vector context for <\(url)>")
        }
        do {
            return RemoteDocument(documentURL: url, document: try Vectors.json("jsonld-contexts/" + file))
        } catch {
            throw JSONLDError(.loadingDocumentFailed, "cannot read the vector context for <\(url)>: \(error)")
        }
    }
}
