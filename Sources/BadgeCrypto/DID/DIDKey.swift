/// A did:key identifier (W3C CCG did:key method): the DID is `did:key:` + the key's Multikey value,
/// and its one verification method is `did:key:X#X`. Ed25519 keys read `did:key:z6Mk…`, P-256
/// `did:key:zDn…`, P-384 `did:key:z82…`.
public struct DIDKey: Sendable, Equatable {
    /// The Multikey (`z…`) value, the method-specific identifier.
    public let multibaseValue: String
    /// The key the identifier encodes.
    public let publicKey: SigningPublicKey

    /// The longest did:key text accepted.
    public static let maxLength = 256

    static let scheme = "did:key:"

    /// The did:key of `publicKey` (Ed25519, P-256 or P-384).
    public init(publicKey: SigningPublicKey) throws(DIDKeyError) {
        do {
            multibaseValue = try Multikey.encode(publicKey)
        } catch {
            throw .unsupportedKeyType(publicKey.keyType)
        }
        self.publicKey = publicKey
    }

    /// Resolves a DID (`did:key:z…`) or a verification method DID URL (`did:key:z…#z…`) to its key.
    /// A fragment must repeat the key's multibase value; paths and queries are refused.
    public init(resolving text: String) throws(DIDKeyError) {
        guard text.utf8.count <= DIDKey.maxLength else {
            throw .tooLong(length: text.utf8.count, limit: DIDKey.maxLength)
        }
        guard text.hasPrefix(DIDKey.scheme) else { throw .notDIDKey(text) }
        var rest = String(text.dropFirst(DIDKey.scheme.count))
        var fragment: String?
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...])
            rest = String(rest[..<hash])
        }
        if rest.contains("?") { throw .unexpectedComponent("query") }
        if rest.contains("/") { throw .unexpectedComponent("path") }
        guard !rest.isEmpty else { throw .notDIDKey(text) }
        if let fragment, fragment != rest { throw .fragmentMismatch(fragment: fragment, expected: rest) }
        do {
            publicKey = try Multikey.decodePublicKey(rest)
        } catch {
            throw .invalidKey(error)
        }
        multibaseValue = rest
    }

    /// `did:key:z…`.
    public var did: String { DIDKey.scheme + multibaseValue }

    /// `did:key:z…#z…`, the id of the DID document's verification method.
    public var verificationMethodID: String { did + "#" + multibaseValue }
}
