import LaurelJSON
import TestSupport

/// The official copies of the context documents in `jsonld-contexts/`, read through `contexts-map.json`.
enum OfficialContexts {
    static let folder = "jsonld-contexts"

    /// Every URL the map answers, with the file that answers it, in the map's order. Entries without
    /// URLs are alternative upstream copies kept for comparison, and are left out.
    static func mappedFiles() throws -> [(url: String, file: String)] {
        let map = try Vectors.json(folder + "/contexts-map.json")
        var result: [(url: String, file: String)] = []
        for entry in map["contexts"]?.arrayValue ?? [] {
            guard let file = entry["file"]?.stringValue else { continue }
            for url in entry["urls"]?.arrayValue ?? [] {
                if let url = url.stringValue { result.append((url, folder + "/" + file)) }
            }
        }
        return result
    }

    /// The official document for `url`.
    static func document(for url: String) throws -> JSON? {
        guard let file = try mappedFiles().first(where: { $0.url.isByteEqual(to: url) })?.file else { return nil }
        return try Vectors.json(file)
    }
}
