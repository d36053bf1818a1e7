import BadgeCrypto
import LaurelJSON

/// Finds the key a VC-JWT was signed with, from its header, and ties it to the issuer.
///
/// `kid` names a verification method, which is resolved and whose controller must be the issuer.
/// `jwk` carries the key itself: if the issuer is a `did:key`/`did:jwk`, the key must be that DID's;
/// for any other issuer the key is not bound to the issuer by anything a verifier can check offline,
/// so the credential can be shown unchanged, but not shown to be the issuer's — a warning.
public struct JWTKeyStep: VerificationStep {
    let resolver: OfflineKeyResolver

    public init(resolver: OfflineKeyResolver = OfflineKeyResolver()) { self.resolver = resolver }

    public func run(_ state: inout VerificationState) async {
        guard let jws = state.jws else { return }
        var embedded: SigningPublicKey?
        if let jwkJSON = jws.header["jwk"] {
            let jwk: JWK
            do { jwk = try JWK(json: jwkJSON) } catch {
                state.add(.failed(.keyInvalid, "The key in the credential's header is not a usable key: \(error).",
                                  evidence: ["detail": .string("\(error)")]))
                return
            }
            guard jwk.privateKey == nil else {
                state.add(.failed(.keyPrivateExposed,
                                  "The credential's header carries the issuer's private key, so anyone could sign credentials in the issuer's name."))
                return
            }
            embedded = jwk.publicKey
        }
        if let kid = jws.keyID {
            resolveKeyID(kid, embedded: embedded, &state)
        } else if let embedded {
            bindEmbedded(embedded, &state)
        } else if let issuer = state.issuerID, issuer.hasPrefix("did:key:") || issuer.hasPrefix("did:jwk:") {
            // The header names no key, but a key DID is its own key: the issuer's id says which key signs.
            resolveKeyID(issuer, embedded: nil, &state)
        } else {
            state.add(.undecided(.keyMissing,
                                 "The credential does not say which key signed it (no \"kid\" or \"jwk\" in its header), so its signature cannot be checked."))
        }
    }

    func resolveKeyID(_ kid: String, embedded: SigningPublicKey?, _ state: inout VerificationState) {
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
        do { resolved = try resolver.resolve(kid) } catch {
            switch error {
            case .invalid:
                state.add(.failed(.keyInvalid, "The key the credential names is not valid: \(error).", evidence: ["kid": .string(kid)]))
            case .unresolvable where controllerChecked:
                break  // already invalid: the key is not the issuer's, wherever it is
            case .unresolvable:
                state.add(.undecided(.keyUnresolvable, "Laurel could not find the key the credential names: \(error).",
                                     evidence: ["kid": .string(kid)]))
                // The header's own key still shows whether the credential was changed.
                if let embedded {
                    state.key = embedded
                    state.keySource = "jwk header"
                }
            }
            return
        }
        if let embedded, embedded != resolved.key {
            state.add(.failed(.keyInvalid, "The header's \"kid\" and \"jwk\" name two different keys.", evidence: ["kid": .string(kid)]))
            return
        }
        state.key = resolved.key
        state.keySource = kid
        if !controllerChecked { checkController(resolved, &state) }
    }

    func checkController(_ resolved: ResolvedKey, _ state: inout VerificationState) {
        let evidence: JSONObject = [
            "verificationMethod": .string(resolved.verificationMethod), "controller": .string(resolved.controller),
            "resolvedBy": .string(resolved.method), "thumbprint": .string(resolved.key.jwkThumbprint),
        ]
        guard let issuer = state.issuerID else {
            state.add(.undecided(.keyControllerMismatch, "The key was found, but the credential names no issuer to compare it with.",
                                 evidence: evidence))
            return
        }
        if resolved.controller.isByteEqual(to: issuer) {
            state.add(.passed(.keyResolved, "The signing key belongs to the issuer (\(issuer)).", evidence: evidence))
        } else {
            state.add(.failed(.keyControllerMismatch,
                              "The signing key belongs to \(resolved.controller), not to the issuer the credential names (\(issuer)).",
                              evidence: evidence))
        }
    }

    /// A `jwk` header without `kid`: bound only when the issuer's own id is a key DID.
    func bindEmbedded(_ key: SigningPublicKey, _ state: inout VerificationState) {
        state.key = key
        state.keySource = "jwk header"
        if let issuer = state.issuerID, issuer.hasPrefix("did:key:") || issuer.hasPrefix("did:jwk:") {
            do {
                let resolved = try resolver.resolve(issuer)
                guard resolved.key == key else {
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
                           evidence: ["thumbprint": .string(key.jwkThumbprint)]))
    }

    /// The DID of a DID URL (`did:web:example.org#key-1` → `did:web:example.org`); nil for other URLs.
    static func didOf(_ url: String) -> String? {
        guard url.hasPrefix("did:") else { return nil }
        let end = url.firstIndex { $0 == "#" || $0 == "?" || $0 == "/" } ?? url.endIndex
        return String(url[..<end])
    }
}
