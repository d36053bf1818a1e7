/// Why a did:key identifier or DID URL was refused.
public enum DIDKeyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The text is not `did:key:` followed by a multibase value.
    case notDIDKey(String)
    /// Longer than any key Laurel reads could make it.
    case tooLong(length: Int, limit: Int)
    /// The DID URL has a fragment other than the key's own multibase value.
    case fragmentMismatch(fragment: String, expected: String)
    /// A path or query, which did:key verification method ids never have.
    case unexpectedComponent(String)
    /// The multibase value is not a public Multikey Laurel reads.
    case invalidKey(MultikeyError)
    /// The key type has no did:key form in Laurel (RSA).
    case unsupportedKeyType(KeyType)

    public var description: String {
        switch self {
        case .notDIDKey(let text): "not a did:key identifier: \(text.prefix(80))"
        case .tooLong(let length, let limit): "did:key of \(length) characters exceeds the limit of \(limit)"
        case .fragmentMismatch(let fragment, let expected):
            "the did:key fragment #\(fragment.prefix(80)) does not name the key #\(expected)"
        case .unexpectedComponent(let component): "did:key with an unexpected \(component)"
        case .invalidKey(let error): "did:key: \(error)"
        case .unsupportedKeyType(let type): "\(type) keys have no did:key form in Laurel"
        }
    }
}
