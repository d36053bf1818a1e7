import Foundation
import LaurelJSON
import LinkedData
import TestSupport
import Testing

/// The credentials and documents in the signature vectors that name JSON-LD contexts: the W3C Data
/// Integrity EdDSA and ECDSA vectors, the OB 3.0/CLR 2.0 worked examples and the 1EdTech validator's
/// OB 3.0 fixtures.
enum ContextVectors {
    static let folders = [
        "vc-di-eddsa", "vc-di-ecdsa", "openbadges/1edtech-ob3-ldp-test-vector",
    ]
    /// Only the files directly in this folder: its subfolders hold status lists and derived credentials.
    static let flatFolder = "openbadges/1edtech-dc-public-validator/vc-test-resources/ob30"

    /// The contexts some vectors name that no official map lists (the W3C "employ" and "prc" vectors
    /// need the citizenship context; their canonical N-Quads come with them).
    static let unbundled: Set<String> = ["https://w3id.org/citizenship/v4rc1"]

    struct Vector: CustomTestStringConvertible, Sendable {
        let path: String
        let document: JSON
        /// Every context URL the document names, at any depth, in first-seen order.
        let contextURLs: [String]

        var testDescription: String { path }
        var usesOnlyBundledContexts: Bool { contextURLs.allSatisfy(BundledContexts.contains) }
    }

    /// Every JSON file of the vectors that names at least one context URL, sorted by path.
    static func all() throws -> [Vector] {
        var paths: [String] = []
        for folder in folders { paths += try jsonFiles(under: folder) }
        paths += try Vectors.files(in: flatFolder, withExtension: "json")
        return try paths.sorted().compactMap { path in
            let document = try Vectors.json(path)
            var urls: [String] = []
            collectContextURLs(in: document, into: &urls)
            return urls.isEmpty ? nil : Vector(path: path, document: document, contextURLs: urls)
        }
    }

    private static func jsonFiles(under folder: String) throws -> [String] {
        let root = Vectors.url(folder)
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var result: [String] = []
        while let relative = walker.nextObject() as? String {
            if relative.hasSuffix(".json") { result.append(folder + "/" + relative) }
        }
        return result
    }

    private static func collectContextURLs(in value: JSON, into urls: inout [String]) {
        switch value {
        case .object(let object):
            for member in object.members {
                if member.key == "@context" {
                    for item in member.value.asArray {
                        if let url = item.stringValue {
                            if !urls.contains(url) { urls.append(url) }
                        } else {
                            collectContextURLs(in: item, into: &urls)
                        }
                    }
                } else {
                    collectContextURLs(in: member.value, into: &urls)
                }
            }
        case .array(let array):
            for item in array { collectContextURLs(in: item, into: &urls) }
        default:
            break
        }
    }
}

/// Answers the URLs of the official context map with the official files, read from the vectors folder.
struct OfficialContextLoader: DocumentLoader {
    let files: [String: String]

    init() throws {
        var files: [String: String] = [:]
        for entry in try OfficialContexts.mappedFiles() { files[entry.url] = entry.file }
        self.files = files
    }

    func load(_ url: String) throws(JSONLDError) -> RemoteDocument {
        guard let file = files[url] else {
            throw JSONLDError(.loadingRemoteContextFailed, "no official copy of \(url) in the context map")
        }
        do {
            return RemoteDocument(documentURL: url, document: try Vectors.json(file))
        } catch {
            throw JSONLDError(.loadingRemoteContextFailed, "\(file): \(error)")
        }
    }
}
