import BadgeCrypto
import LaurelJSON

/// Finds the public key a proof names, offline when the identifier holds the key and through the
/// verifier's `DocumentFetcher` otherwise, and records who controls it.
///
/// - `did:key` and `did:jwk`: offline (`OfflineKeyResolver`).
/// - An https URL whose fragment is a Multikey (`https://example.org/issuers/1#z6Mk…`): the key is in
///   the identifier, but only the controller's document can say it is theirs, so that document is read
///   (supplied or fetched); when it cannot be read the key is returned unconfirmed, and when it does not
///   list the key the key is refused.
/// - `did:web:…#fragment`: the DID document at the did:web URL; its `id` must be the DID, the method must
///   be listed under `purpose` and be controlled by the DID.
/// - `https://…#fragment`: a controller document at the URL without the fragment, read the same way.
/// - `https://…` without a fragment: a key document (`id`, `type`, `controller`, and
///   `publicKeyMultibase`, `publicKeyJwk` or `publicKeyPem`), confirmed by its controller's document,
///   which must list the key under `purpose` — a key document cannot make itself anyone's key.
///
/// Network failures make a key `.unresolvable` (the verifier cannot decide); documents that break the
/// rules make it `.invalid`. This type never touches the network itself: the fetcher decides how (the
/// live policy, a folder of pinned documents, or nothing at all). Controller documents supplied by the
/// caller (`laurel verify --controller-document`) are used before any fetch, by their `id`.
public struct KeyResolver: Sendable {
    public let fetcher: any DocumentFetcher
    let offline: OfflineKeyResolver
    let keys: KeyCache
    let reader: KeyDocumentReader
    /// Controller documents the caller supplied, by `id`.
    let supplied: [String: JSON]

    /// - Parameters:
    ///   - keyCache: keys resolved offline (they cannot change: the key is in the identifier).
    ///   - documentCache: documents read over the fetcher, kept for a bounded time.
    ///   - controllerDocuments: documents to use instead of fetching, keyed by their `id`.
    public init(fetcher: any DocumentFetcher = NoNetworkFetcher(), keyCache: KeyCache = KeyCache(),
                documentCache: DocumentCache = DocumentCache(), controllerDocuments: [String: JSON] = [:])
    {
        self.fetcher = fetcher
        offline = OfflineKeyResolver()
        keys = keyCache
        reader = KeyDocumentReader(fetcher: fetcher, cache: documentCache)
        supplied = controllerDocuments
    }

    /// The document of `id`: supplied by the caller (matched byte for byte), or read from `url`.
    func document(id: String, url: String, accept: [String], what: String, for methodID: String) async throws(KeyResolutionError) -> JSON {
        if let document = supplied.first(where: { $0.key.isByteEqual(to: id) })?.value { return document }
        return try await reader.read(url, accept: accept, what: what, for: methodID)
    }

    /// The key of `verificationMethod`, which must be usable for `purpose`.
    public func resolve(_ verificationMethod: String, purpose: VerificationRelationship = .assertionMethod) async throws(KeyResolutionError)
        -> ResolvedKey
    {
        let cacheKey = purpose.rawValue + " " + verificationMethod
        if let cached = keys.key(for: cacheKey) { return cached }
        do {
            var key = try offline.resolve(verificationMethod)
            if !key.confirmed { key = try await confirmFragmentKey(key, purpose: purpose) }
            keys.store(key, for: cacheKey)
            return key
        } catch {
            guard case .unresolvable = error else { throw error }
            if verificationMethod.hasPrefix("did:web:") { return try await resolveDIDWeb(verificationMethod, purpose: purpose) }
            if verificationMethod.hasPrefix("https://") || verificationMethod.hasPrefix("http://") {
                return try await resolveHTTP(verificationMethod, purpose: purpose)
            }
            throw error
        }
    }

    func resolveDIDWeb(_ methodID: String, purpose: VerificationRelationship) async throws(KeyResolutionError) -> ResolvedKey {
        let (did, fragment) = try DIDWeb.split(didURL: methodID)
        guard let fragment, !fragment.isEmpty else {
            throw .invalid(methodID, reason: "a did:web key is named by the DID and a fragment (\(did.did)#key-1), not by the DID alone")
        }
        let json = try await document(id: did.did, url: did.documentURL, accept: KeyDocumentReader.didDocumentTypes,
                                      what: "the DID document of \(did.did)", for: methodID)
        let document = try ControllerDocument(json, expectedID: did.did, place: "the DID document at \(did.documentURL)", for: methodID)
        let method = try document.method(methodID, purpose: purpose)
        let (key, type) = try VerificationMethodKey.key(of: method, id: methodID, where: document.place, allowPEM: false)
        return ResolvedKey(key: key, verificationMethod: methodID, controller: did.did, method: "did:web (\(type))", methodType: type)
    }

    func resolveHTTP(_ methodID: String, purpose: VerificationRelationship) async throws(KeyResolutionError) -> ResolvedKey {
        guard methodID.utf8.count <= 4096 else { throw .invalid(String(methodID.prefix(64)) + "…", reason: "longer than 4096 bytes") }
        if let hash = methodID.firstIndex(of: "#") {
            let documentURL = String(methodID[..<hash])
            let json = try await document(id: documentURL, url: documentURL, accept: KeyDocumentReader.controllerDocumentTypes,
                                          what: "the controller document \(documentURL)", for: methodID)
            let document = try ControllerDocument(json, expectedID: documentURL, place: "the controller document \(documentURL)", for: methodID)
            let method = try document.method(methodID, purpose: purpose)
            let (key, type) = try VerificationMethodKey.key(of: method, id: methodID, where: document.place, allowPEM: true)
            return ResolvedKey(key: key, verificationMethod: methodID, controller: documentURL, method: "controller document (\(type))",
                               methodType: type)
        }
        return try await resolveKeyDocument(methodID, purpose: purpose)
    }

    /// A key published on its own, whose controller's document must list it.
    func resolveKeyDocument(_ keyURL: String, purpose: VerificationRelationship) async throws(KeyResolutionError) -> ResolvedKey {
        let place = "the key document \(keyURL)"
        let json = try await reader.read(keyURL, accept: KeyDocumentReader.controllerDocumentTypes, what: place, for: keyURL)
        guard case .object(let members) = json else { throw .invalid(keyURL, reason: "\(place) is a JSON \(json.kindName), not an object") }
        guard let id = members["id"]?.stringValue, id.isByteEqual(to: keyURL) else {
            let found = members["id"]?.stringValue.map { "has the id \($0)" } ?? "has no \"id\""
            throw .invalid(keyURL, reason: "\(place) \(found); it must be its own URL")
        }
        guard let controller = members["controller"]?.stringValue, !controller.isEmpty else {
            throw .invalid(keyURL, reason: "\(place) has no \"controller\", so nothing ties the key to an issuer")
        }
        let (key, type) = try VerificationMethodKey.key(of: members, id: keyURL, where: place, allowPEM: true)
        try await confirm(keyURL, listedBy: controller, purpose: purpose)
        return ResolvedKey(key: key, verificationMethod: keyURL, controller: controller, method: "key document (\(type))",
                           methodType: type)
    }

    /// The controller's own document must list the key under `purpose`.
    func confirm(_ keyURL: String, listedBy controller: String, purpose: VerificationRelationship) async throws(KeyResolutionError) {
        let documentURL: String
        let place: String
        if controller.hasPrefix("did:web:") {
            let did = try DIDWeb(controller)
            documentURL = did.documentURL
            place = "the DID document at \(documentURL)"
        } else if controller.hasPrefix("https://") || controller.hasPrefix("http://") {
            guard !controller.contains("#") else {
                throw .invalid(keyURL, reason: "its controller \(controller) is a fragment, not a controller's identifier")
            }
            documentURL = controller
            place = "the controller document \(controller)"
        } else {
            throw .unresolvable(keyURL, reason: "its controller \(controller) is neither a did:web nor an http(s) URL, so Laurel cannot confirm the key is theirs")
        }
        let json = try await document(id: controller, url: documentURL, accept: KeyDocumentReader.controllerDocumentTypes,
                                      what: place, for: keyURL)
        let document = try ControllerDocument(json, expectedID: controller, place: place, for: keyURL)
        guard try document.lists(keyURL, under: purpose) else {
            throw .notAuthorized(keyURL, reason: "the key document names \(controller) as its controller, but \(place) does not list it under \(purpose.rawValue)")
        }
    }

    /// An https URL with a Multikey fragment: the controller's document decides. It must list the key (the
    /// same key) for `purpose`; when it cannot be read, the key stays unconfirmed.
    func confirmFragmentKey(_ key: ResolvedKey, purpose: VerificationRelationship) async throws(KeyResolutionError) -> ResolvedKey {
        let confirmed: ResolvedKey
        do {
            confirmed = try await resolveHTTP(key.verificationMethod, purpose: purpose)
        } catch {
            if case .unresolvable = error { return key }
            throw error
        }
        guard confirmed.key == key.key else {
            throw .invalid(key.verificationMethod, reason: "the controller document \(key.controller) gives this method a different key than its fragment")
        }
        return confirmed
    }
}
