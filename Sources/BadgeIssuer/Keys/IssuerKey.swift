import BadgeCrypto
import LaurelJSON

/// An issuer's signing key and the way credentials name it.
///
/// A verifier must be able to tie the key to the issuer. When the issuer's `id` is the key's own
/// `did:key`, the JWT header names the key by its verification method (`kid`), and any verifier can
/// check offline that the key belongs to the issuer. When the issuer is known by another identifier
/// (an https URL, did:web) and no verification method is configured, the public key travels in the
/// header (`jwk`): verifiers can check that the credential is unchanged, but must find out separately
/// whether that key is the issuer's, and Laurel's verifier says so in a warning.
public struct IssuerKey: Sendable {
    /// How the JOSE header identifies the signing key.
    public enum Reference: Sendable, Equatable {
        case keyID(String)
        case embeddedJWK
    }

    public let privateKey: SigningPrivateKey
    /// A verification method id published for this key (e.g. `did:web:example.org#key-1`), if any.
    public let verificationMethod: String?

    public init(privateKey: SigningPrivateKey, verificationMethod: String? = nil) {
        self.privateKey = privateKey
        self.verificationMethod = verificationMethod
    }

    public var publicKey: SigningPublicKey { privateKey.publicKey }

    /// The key as a `did:key`, for Ed25519, P-256 and P-384 keys; nil for RSA.
    public var didKey: DIDKey? { try? DIDKey(publicKey: publicKey) }

    /// How a credential whose issuer is `issuerID` should name this key.
    public func reference(forIssuer issuerID: String) -> Reference {
        if let verificationMethod { return .keyID(verificationMethod) }
        if let didKey, didKey.did.isByteEqual(to: issuerID) { return .keyID(didKey.verificationMethodID) }
        return .embeddedJWK
    }

    /// The JOSE header members (after `alg`) that name this key, plus `typ`.
    func headerMembers(forIssuer issuerID: String) -> JSONObject {
        var header = JSONObject()
        switch reference(forIssuer: issuerID) {
        case .keyID(let kid): header["kid"] = .string(kid)
        case .embeddedJWK: header["jwk"] = .object(publicKey.jwk)
        }
        header["typ"] = "JWT"
        return header
    }
}
