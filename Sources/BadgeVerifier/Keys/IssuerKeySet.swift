import BadgeCrypto
import LaurelJSON

extension KeyResolver {
    /// The most keys read from a key set.
    static let maxKeySetKeys = 64

    /// A key from the issuer's JSON Web Key Set (RFC 7517 §5) at `<issuer origin>/.well-known/jwks.json`,
    /// for a VC-JWT whose issuer is an https URL and whose `kid` is a bare key id (or absent).
    ///
    /// The key is chosen by `kid`; keys for encryption (`use: enc`) are skipped. Without a `kid`, a set with
    /// one signing key gives that key, and a set with several is refused: guessing would let any of the
    /// issuer's keys stand for all of them. The key's controller is the issuer, because its origin
    /// publishes the set.
    public func resolveIssuerKeySet(issuer: String, keyID: String?) async throws(KeyResolutionError) -> ResolvedKey {
        let label = keyID.map { "kid \"\($0)\"" } ?? "the issuer's key"
        guard let origin = Self.httpsOrigin(of: issuer) else {
            throw .unresolvable(label, reason: "the issuer \(issuer) is not an https URL, so it has no key set to look in")
        }
        let url = origin + "/.well-known/jwks.json"
        let place = "the key set \(url)"
        let json = try await reader.read(url, accept: KeyDocumentReader.keySetTypes, what: "the issuer's key set", for: label)
        guard case .array(let entries) = json["keys"] else {
            throw .invalid(label, reason: "\(place) has no \"keys\" array")
        }
        guard entries.count <= Self.maxKeySetKeys else {
            throw .invalid(label, reason: "\(place) has \(entries.count) keys, more than the \(Self.maxKeySetKeys) Laurel reads")
        }
        let signing = entries.filter { $0["use"]?.stringValue != "enc" }
        let chosen: JSON
        if let keyID {
            let matches = signing.filter { $0["kid"]?.stringValue.map { $0.isByteEqual(to: keyID) } == true }
            guard matches.count <= 1 else { throw .invalid(label, reason: "\(place) has \(matches.count) signing keys with that kid") }
            guard let match = matches.first else { throw .invalid(label, reason: "\(place) has no signing key with that kid") }
            chosen = match
        } else {
            guard signing.count == 1, let only = signing.first else {
                throw .unresolvable(label, reason: "\(place) has \(signing.count) signing keys and the credential does not say which one signed it (no \"kid\")")
            }
            chosen = only
        }
        let key = try VerificationMethodKey.publicJWK(chosen, id: label, place: place)
        let methodID = url + "#" + (keyID ?? chosen["kid"]?.stringValue ?? key.jwkThumbprint)
        return ResolvedKey(key: key, verificationMethod: methodID, controller: issuer, method: "issuer key set (JWKS)")
    }

    /// `https://host[:port]` of an https URL without user information; nil otherwise.
    static func httpsOrigin(of url: String) -> String? {
        guard url.hasPrefix("https://"), url.utf8.count <= 4096 else { return nil }
        let rest = url.dropFirst("https://".count)
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard !authority.isEmpty, !authority.contains("@"),
              authority.unicodeScalars.allSatisfy({ $0.isASCII && $0.value > 0x20 && $0 != "\\" })
        else { return nil }
        return "https://" + authority.lowercased()
    }

    /// A `kid` that names a key within a key set rather than a DID URL or a URL of its own.
    public static func isBareKeyID(_ kid: String) -> Bool {
        !kid.hasPrefix("did:") && !kid.contains("://") && !kid.isEmpty
    }
}
