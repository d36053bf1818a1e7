import BadgeCrypto
import LaurelJSON
import LinkedData

/// Finds the key of a Data Integrity proof's verification method, offline, and what the key may be used for.
///
/// - A controller document supplied in `VerifierOptions.controllerDocuments` for the method's base URL
///   is authoritative: the method must be in it, of a type the suite allows, and listed under
///   `assertionMethod`.
/// - Otherwise a method whose key is in its own identifier: `did:key` (with or without the fragment),
///   `did:jwk`, or an https URL whose fragment is a Multikey (the 1EdTech test-credential convention;
///   the controller is the URL without the fragment). These are Multikey-like by construction and serve
///   every relationship.
struct VerificationMethodResolver: Sendable {
    let offline = OfflineKeyResolver()
    let cache: KeyCache
    let controllerDocuments: [String: JSON]

    /// A resolved method: the key, its controller, the method's type, and whether it may assert.
    struct Method {
        let resolved: ResolvedKey
        let type: String
        let authorizedForAssertion: Bool
    }

    func resolve(_ id: String, suite: Cryptosuite) throws(KeyResolutionError) -> Method {
        let base = id.firstIndex(of: "#").map { String(id[..<$0]) } ?? id
        let method: Method
        // Dictionary lookup would match canonically equivalent spellings; identifiers must match byte for byte.
        if let supplied = controllerDocuments.first(where: { $0.key.isByteEqual(to: base) })?.value {
            let document = try ControllerDocument(supplied, base: base)
            let found = try document.method(id)
            method = Method(resolved: ResolvedKey(key: found.key, verificationMethod: id, controller: found.controller,
                                                  method: "controller document \(document.id)"),
                            type: found.type, authorizedForAssertion: document.authorizes(id, for: "assertionMethod"))
        } else {
            let resolved: ResolvedKey
            if let cached = cache.key(for: id) {
                resolved = cached
            } else {
                resolved = try offline.resolve(id)
                cache.store(resolved, for: id)
            }
            method = Method(resolved: resolved, type: id.hasPrefix("did:jwk:") ? "JsonWebKey" : "Multikey", authorizedForAssertion: true)
        }
        try Self.check(method, suite: suite)
        return method
    }

    /// The method types each suite accepts: Multikey everywhere; JsonWebKey for the ECDSA suites;
    /// Ed25519VerificationKey2020 for the legacy Ed25519 suites. The key itself must be of the suite's type.
    static func check(_ method: Method, suite: Cryptosuite) throws(KeyResolutionError) {
        let id = method.resolved.verificationMethod
        let allowed: [String]
        switch suite {
        case .eddsaRdfc2022, .eddsaJcs2022: allowed = ["Multikey"]
        case .ecdsaRdfc2019, .ecdsaJcs2019: allowed = ["Multikey", "JsonWebKey", "JsonWebKey2020"]
        case .eddsa2022, .ed25519Signature2020: allowed = ["Multikey", "Ed25519VerificationKey2020"]
        }
        guard allowed.contains(where: { $0.isByteEqual(to: method.type) }) else {
            throw .invalid(id, reason: "\(suite) proofs are checked with \(allowed.joined(separator: " or ")) verification methods, not \(method.type)")
        }
        let type = method.resolved.key.keyType
        guard suite.accepts(type) else {
            throw .invalid(id, reason: "the key is \(type), and \(suite) needs \(suite.keyTypes.map(\.rawValue).joined(separator: " or "))")
        }
    }
}
