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

    public init(key: SigningPublicKey, verificationMethod: String, controller: String, method: String) {
        self.key = key
        self.verificationMethod = verificationMethod
        self.controller = controller
        self.method = method
    }
}

/// Why a verification method could not be turned into a key.
public enum KeyResolutionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The identifier is malformed or names a key Laurel cannot use: the credential is broken.
    case invalid(String, reason: String)
    /// The method needs something offline resolution does not have (the network, a DID method Laurel
    /// does not implement): the verifier cannot decide.
    case unresolvable(String, reason: String)

    public var description: String {
        switch self {
        case .invalid(let id, let reason): "the key \(id) is not usable: \(reason)"
        case .unresolvable(let id, let reason): "the key \(id) could not be found: \(reason)"
        }
    }
}
