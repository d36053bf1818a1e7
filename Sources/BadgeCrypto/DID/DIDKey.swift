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
        // Compared as bytes: Swift's String comparison treats canonically equivalent text as equal,
        // and an identifier must match exactly.
        let bytes = Array(text.utf8)
        let scheme = Array(DIDKey.scheme.utf8)
        guard bytes.starts(with: scheme) else { throw .notDIDKey(text) }
        var identifier = bytes[scheme.count...]
        var fragment: ArraySlice<UInt8>?
        if let hash = identifier.firstIndex(of: UInt8(ascii: "#")) {
            fragment = identifier[(hash + 1)...]
            identifier = identifier[..<hash]
        }
        if identifier.contains(UInt8(ascii: "?")) { throw .unexpectedComponent("query") }
        if identifier.contains(UInt8(ascii: "/")) { throw .unexpectedComponent("path") }
        guard !identifier.isEmpty else { throw .notDIDKey(text) }
        let rest = String(decoding: identifier, as: UTF8.self)
        if let fragment, !fragment.elementsEqual(identifier) {
            throw .fragmentMismatch(fragment: String(decoding: fragment, as: UTF8.self), expected: rest)
        }
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
