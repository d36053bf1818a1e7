import BadgeCrypto

/// A public key found for a verification method, with the identifier that controls it.
///
/// The controller is what ties a key to an issuer: a credential is the issuer's only if the key that
/// signed it is controlled by the issuer's id.
public struct ResolvedKey: Sendable {
    public let key: SigningPublicKey
    /// The verification method id (a DID URL or an https URL with a fragment).
    public let verificationMethod: String
    /// The DID or URL that controls the key.
    public let controller: String
    /// How it was found, for the report ("did:key", "did:jwk", "Multikey in the URL fragment").
    public let method: String
    /// The key's RFC 7638 JWK thumbprint, computed once.
    public let thumbprint: String
    /// The verification method's type (`Multikey`, `JsonWebKey`, `Ed25519VerificationKey2020`…).
    public let methodType: String
    /// False when nothing but the identifier itself says the controller holds this key: an https URL
    /// whose fragment is a Multikey, when the controller's own document could not be read. Anyone can
    /// write such an identifier for any issuer, so the binding is reported as unconfirmed.
    public let confirmed: Bool

    public init(key: SigningPublicKey, verificationMethod: String, controller: String, method: String,
                methodType: String = "Multikey", confirmed: Bool = true) {
        self.key = key
        self.verificationMethod = verificationMethod
        self.controller = controller
        self.method = method
        self.methodType = methodType
        self.confirmed = confirmed
        thumbprint = key.jwkThumbprint
    }

    /// The same key, marked unconfirmed.
    func unconfirmed() -> ResolvedKey {
        ResolvedKey(key: key, verificationMethod: verificationMethod, controller: controller, method: method,
                    methodType: methodType, confirmed: false)
    }
}

/// Why a verification method could not be turned into a key.
public enum KeyResolutionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The identifier is malformed or names a key Laurel cannot use: the credential is broken.
    case invalid(String, reason: String)
    /// The method needs something offline resolution does not have (the network, a DID method Laurel
    /// does not implement): the verifier cannot decide.
    case unresolvable(String, reason: String)
    /// The controller's document has the key but does not allow it for the purpose (not listed under
    /// `assertionMethod`): the credential is not the issuer's assertion.
    case notAuthorized(String, reason: String)

    public var description: String {
        switch self {
        case .invalid(let id, let reason): "the key \(id) is not usable: \(reason)"
        case .unresolvable(let id, let reason): "the key \(id) could not be found: \(reason)"
        case .notAuthorized(let id, let reason): "the key \(id) may not be used here: \(reason)"
        }
    }
}
