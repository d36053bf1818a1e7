import BadgeCrypto
import BadgeVerifier
import Foundation
import LaurelJSON
import Synchronization

/// A temporary folder of pinned documents written by a test, removed when the test drops it.
final class PinnedFolder: Sendable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("laurel-keys-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `json` where `PinnedDocumentFetcher` looks for `documentURL`.
    func pin(_ documentURL: String, _ json: JSON) throws {
        try pin(documentURL, bytes: json.serialized())
    }

    func pin(_ documentURL: String, bytes: [UInt8]) throws {
        let file = try PinnedDocumentFetcher(directory: url).path(for: documentURL)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
    }

    var fetcher: PinnedDocumentFetcher { PinnedDocumentFetcher(directory: url) }
}

/// A fetcher that records the URLs asked of it and passes them on.
final class RecordingFetcher: DocumentFetcher {
    let inner: any DocumentFetcher
    private let asked = Mutex<[String]>([])

    init(_ inner: any DocumentFetcher) { self.inner = inner }

    var urls: [String] { asked.withLock { $0 } }

    func fetch(_ url: String, accept: [String]) async throws(FetchError) -> FetchedDocument {
        asked.withLock { $0.append(url) }
        return try await inner.fetch(url, accept: accept)
    }
}

/// Keys generated for a test, with the forms documents publish them in.
struct TestKey {
    let privateKey: SigningPrivateKey
    var publicKey: SigningPublicKey { privateKey.publicKey }

    init(_ type: KeyType = .ed25519) throws {
        privateKey = try SigningPrivateKey.generate(type, rsaBits: 2048)
    }

    var multikey: String { (try? publicKey.multikey()) ?? "" }
    var jwk: JSON { .object(publicKey.jwk) }

    /// A verification method object for this key.
    func method(id: String, controller: String, type: String = "Multikey") -> JSON {
        var method: JSONObject = ["id": .string(id), "type": .string(type), "controller": .string(controller)]
        switch type {
        case "JsonWebKey", "JsonWebKey2020": method["publicKeyJwk"] = jwk
        default: method["publicKeyMultibase"] = .string(multikey)
        }
        return .object(method)
    }
}

/// A DID or controller document.
func controllerDocument(id: String, methods: [JSON], assertionMethod: [JSON], authentication: [JSON] = []) -> JSON {
    var document: JSONObject = ["@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"], "id": .string(id)]
    document["verificationMethod"] = .array(methods)
    document["assertionMethod"] = .array(assertionMethod)
    if !authentication.isEmpty { document["authentication"] = .array(authentication) }
    return .object(document)
}

extension KeyResolutionError {
    var isInvalid: Bool { if case .invalid = self { true } else { false } }
    var isUnresolvable: Bool { if case .unresolvable = self { true } else { false } }
    var isNotAuthorized: Bool { if case .notAuthorized = self { true } else { false } }
    var reason: String {
        switch self {
        case .invalid(_, let reason), .unresolvable(_, let reason), .notAuthorized(_, let reason): reason
        }
    }
}

/// Lets the documents above be written with interpolated ids ("\(did)#key-1").
extension JSON: ExpressibleByStringInterpolation {}
