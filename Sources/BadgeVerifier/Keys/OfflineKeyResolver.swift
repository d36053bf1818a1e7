import BadgeCrypto
import LaurelJSON

/// Resolves the verification methods whose key is in the identifier itself, with no network:
/// - `did:key:z…` and `did:key:z…#z…`;
/// - `did:jwk:<base64url JWK>` with or without `#0`;
/// - an http(s) URL whose fragment is a Multikey (`https://example.org/issuers/1#z6Mk…`), a form the
///   Open Badges 3.0 test credentials use: the controller is the URL without the fragment.
public struct OfflineKeyResolver: Sendable {
    public init() {}

    public func resolve(_ verificationMethod: String) throws(KeyResolutionError) -> ResolvedKey {
        let id = verificationMethod
        guard id.utf8.count <= 8192 else { throw .invalid(String(id.prefix(64)) + "…", reason: "longer than 8192 bytes") }
        if id.hasPrefix("did:key:") {
            do {
                let did = try DIDKey(resolving: id)
                return ResolvedKey(key: did.publicKey, verificationMethod: id, controller: did.did, method: "did:key")
            } catch {
                throw .invalid(id, reason: error.description)
            }
        }
        if id.hasPrefix("did:jwk:") { return try resolveDIDJWK(id) }
        if id.hasPrefix("did:") {
            let method = id.split(separator: ":", maxSplits: 2).dropFirst().first.map(String.init) ?? "?"
            throw .unresolvable(id, reason: "resolving did:\(method) needs the network or a pinned DID document")
        }
        if id.hasPrefix("https://") || id.hasPrefix("http://") {
            guard let hash = id.firstIndex(of: "#") else {
                throw .unresolvable(id, reason: "the key document must be fetched over the network")
            }
            let fragment = String(id[id.index(after: hash)...])
            if fragment.hasPrefix("z") || fragment.hasPrefix("u") {
                do {
                    let key = try Multikey.decodePublicKey(fragment)
                    return ResolvedKey(key: key, verificationMethod: id, controller: String(id[..<hash]),
                                       method: "Multikey in the URL fragment", confirmed: false)
                } catch {
                    // Not a Multikey after all: an ordinary fragment naming a key in a hosted document.
                }
            }
            throw .unresolvable(id, reason: "the controller document must be fetched over the network")
        }
        throw .invalid(id, reason: "not a DID or an http(s) URL")
    }

    /// did:jwk: the method-specific id is the base64url of the JWK's JSON.
    func resolveDIDJWK(_ id: String) throws(KeyResolutionError) -> ResolvedKey {
        var did = id
        if let hash = id.firstIndex(of: "#") {
            guard id[id.index(after: hash)...] == "0" else {
                throw .invalid(id, reason: "a did:jwk has one verification method, #0")
            }
            did = String(id[..<hash])
        }
        let encoded = String(did.dropFirst("did:jwk:".count))
        do {
            let jwk = try JWK(parsing: try Base64URL.decode(encoded, maxLength: JWK.maxBytes))
            guard jwk.privateKey == nil else {
                throw KeyResolutionError.invalid(id, reason: "the did:jwk contains a private key")
            }
            return ResolvedKey(key: jwk.publicKey, verificationMethod: id, controller: did, method: "did:jwk", methodType: "JsonWebKey")
        } catch let error as KeyResolutionError {
            throw error
        } catch {
            throw .invalid(id, reason: "\(error)")
        }
    }
}
