import BadgeCrypto
import LaurelJSON

/// Finds the key a VC-JWT was signed with, from its header, and ties it to the issuer.
///
/// `kid` names a verification method, which is resolved and whose controller must be the issuer.
/// `jwk` carries the key itself: if the issuer is a `did:key`/`did:jwk`, the key must be that DID's;
/// for any other issuer the key is not bound to the issuer by anything a verifier can check offline,
/// so the credential can be shown unchanged, but not shown to be the issuer's — a warning. With neither,
/// an issuer whose id is a key DID is its own key.
///
/// Keys are resolved by `KeyResolver` (did:web, controller and key documents through the verifier's
/// fetcher). A bare `kid` (`key-1`) of an issuer whose id is an https URL names a key in the issuer's
/// key set (`/.well-known/jwks.json`), and so does a header without `kid` or `jwk` from such an issuer.
public struct JWTKeyStep: VerificationStep {
    let resolver: KeyResolver
    /// Keys embedded in headers, by their JSON.
    let cache: KeyCache

    public init(resolver: KeyResolver = KeyResolver(), cache: KeyCache = KeyCache()) {
        self.resolver = resolver
        self.cache = cache
    }

    public func run(_ state: inout VerificationState) async {
        guard let jws = state.jws else { return }
        var embedded: ResolvedKey?
        if let jwkJSON = jws.header["jwk"] {
            switch embeddedKey(jwkJSON) {
            case .key(let key): embedded = key
            case .refused(let check):
                state.add(check)
                return
            }
        }
        if let kid = jws.keyID {
            await resolveKeyID(kid, embedded: embedded, &state)
        } else if let embedded {
            await bindEmbedded(embedded, &state)
        } else if let issuer = state.issuerID, issuer.hasPrefix("did:key:") || issuer.hasPrefix("did:jwk:") {
            // The header names no key, but a key DID is its own key: the issuer's id says which key signs.
            await resolveKeyID(issuer, embedded: nil, &state)
        } else if let issuer = state.issuerID, issuer.hasPrefix("https://") {
            await resolveFromKeySetWithoutKeyID(issuer, &state)
        } else {
            state.add(.undecided(.keyMissing,
                                 "The credential does not say which key signed it (no \"kid\" or \"jwk\" in its header), so its signature cannot be checked."))
        }
    }

    /// The key in a `jwk` header, cached by the JWK's canonical JSON.
    enum EmbeddedKey {
        case key(ResolvedKey)
        case refused(Check)
    }

    func embeddedKey(_ json: JSON) -> EmbeddedKey {
        let cacheKey = "jwk:" + String(decoding: json.canonicalBytes, as: UTF8.self)
        if let cached = cache.key(for: cacheKey) { return .key(cached) }
        let jwk: JWK
        do { jwk = try JWK(json: json) } catch {
            return .refused(.failed(.keyInvalid, "The key in the credential's header is not a usable key: \(error).",
                                    evidence: ["detail": .string("\(error)")]))
        }
        guard jwk.privateKey == nil else {
            return .refused(.failed(.keyPrivateExposed,
                                    "The credential's header carries the issuer's private key, so anyone could sign credentials in the issuer's name."))
        }
        let resolved = ResolvedKey(key: jwk.publicKey, verificationMethod: "jwk header", controller: "", method: "jwk header")
        cache.store(resolved, for: cacheKey)
        return .key(resolved)
    }

    /// The key a `kid` names: a verification method, or — when the `kid` is bare and the issuer is an
    /// https URL — a key of the issuer's key set.
    func resolve(_ kid: String, issuer: String?) async throws(KeyResolutionError) -> ResolvedKey {
        if KeyResolver.isBareKeyID(kid), let issuer, issuer.hasPrefix("https://") {
            return try await resolver.resolveIssuerKeySet(issuer: issuer, keyID: kid)
        }
        return try await resolver.resolve(kid, purpose: .assertionMethod)
    }

    /// No `kid` and no `jwk` from an https issuer: its key set may hold a single key, which is then the key.
    func resolveFromKeySetWithoutKeyID(_ issuer: String, _ state: inout VerificationState) async {
        do {
            let resolved = try await resolver.resolveIssuerKeySet(issuer: issuer, keyID: nil)
            use(resolved, source: resolved.verificationMethod, &state)
            checkController(resolved, &state)
        } catch {
            state.add(.undecided(.keyMissing,
                                 "The credential does not say which key signed it (no \"kid\" or \"jwk\" in its header), and the issuer's key set did not settle it: \(error).",
                                 evidence: ["issuer": .string(issuer)]))
        }
    }

    func use(_ key: ResolvedKey, source: String, _ state: inout VerificationState) {
        state.key = key.key
        state.keySource = source
        state.keyThumbprint = key.thumbprint
    }

    func resolveKeyID(_ kid: String, embedded: ResolvedKey?, _ state: inout VerificationState) async {
        // A DID URL's key lives in that DID's document: if the DID is not the issuer's, the key is not the
        // issuer's, whether or not Laurel can resolve it.
        var controllerChecked = false
        if let did = Self.didOf(kid), let issuer = state.issuerID, issuer.hasPrefix("did:"), !did.isByteEqual(to: issuer) {
            state.add(.failed(.keyControllerMismatch,
                              "The signing key belongs to \(did), not to the issuer the credential names (\(issuer)).",
                              evidence: ["kid": .string(kid), "issuer": .string(issuer)]))
            controllerChecked = true
        }
        let resolved: ResolvedKey
        do { resolved = try await resolve(kid, issuer: state.issuerID) } catch {
            switch error {
            case .invalid:
                state.add(.failed(.keyInvalid, "The key the credential names is not valid: \(error).", evidence: ["kid": .string(kid)]))
            case .notAuthorized:
                state.add(.failed(.keyNotAuthorized, "The key the credential names may not be used to issue credentials: \(error).",
                                  evidence: ["kid": .string(kid)]))
            case .unresolvable where controllerChecked:
                break  // already invalid: the key is not the issuer's, wherever it is
            case .unresolvable:
                state.add(.undecided(.keyUnresolvable, "Laurel could not find the key the credential names: \(error).",
                                     evidence: ["kid": .string(kid)]))
                // The header's own key still shows whether the credential was changed.
                if let embedded { use(embedded, source: "jwk header", &state) }
            }
            return
        }
        if let embedded, embedded.key != resolved.key {
            state.add(.failed(.keyInvalid, "The header's \"kid\" and \"jwk\" name two different keys.", evidence: ["kid": .string(kid)]))
            return
        }
        use(resolved, source: kid, &state)
        if !controllerChecked { checkController(resolved, &state) }
    }

    func checkController(_ resolved: ResolvedKey, _ state: inout VerificationState) {
        let evidence: JSONObject = [
            "verificationMethod": .string(resolved.verificationMethod), "controller": .string(resolved.controller),
            "resolvedBy": .string(resolved.method), "thumbprint": .string(resolved.thumbprint),
        ]
        guard let issuer = state.issuerID else {
            state.add(.undecided(.keyControllerMismatch, "The key was found, but the credential names no issuer to compare it with.",
                                 evidence: evidence))
            return
        }
        if resolved.controller.isByteEqual(to: issuer) {
            state.add(resolved.confirmed
                ? .passed(.keyResolved, "The signing key belongs to the issuer (\(issuer)).", evidence: evidence)
                : .warning(.keyUnconfirmed, KeyBinding.unconfirmedSentence(label: "The", issuer: issuer), evidence: evidence))
        } else {
            state.add(.failed(.keyControllerMismatch,
                              "The signing key belongs to \(resolved.controller), not to the issuer the credential names (\(issuer)).",
                              evidence: evidence))
        }
    }

    /// A `jwk` header without `kid`: bound only when the issuer's own id is a key DID.
    func bindEmbedded(_ key: ResolvedKey, _ state: inout VerificationState) async {
        use(key, source: "jwk header", &state)
        if let issuer = state.issuerID, issuer.hasPrefix("did:key:") || issuer.hasPrefix("did:jwk:") {
            do {
                let resolved = try await resolver.resolve(issuer)
                guard resolved.key == key.key else {
                    state.add(.failed(.keyControllerMismatch, "The key in the header is not the key of the issuer's DID (\(issuer))."))
                    return
                }
                checkController(resolved, &state)
            } catch {
                state.add(.failed(.keyInvalid, "The issuer's DID does not hold a usable key: \(error)."))
            }
            return
        }
        state.add(.warning(.keyEmbedded,
                           "The credential carries its own public key. The signature shows the credential is unchanged, but nothing here shows that the key belongs to the issuer.",
                           evidence: ["thumbprint": .string(key.thumbprint)]))
    }

    /// The DID of a DID URL (`did:web:example.org#key-1` → `did:web:example.org`); nil for other URLs.
    static func didOf(_ url: String) -> String? {
        guard url.hasPrefix("did:") else { return nil }
        let end = url.firstIndex { $0 == "#" || $0 == "?" || $0 == "/" } ?? url.endIndex
        return String(url[..<end])
    }
}
