import BadgeCrypto
import Synchronization

/// Keys already resolved, by the identifier they were resolved from (a `kid`, or the JSON of an embedded
/// JWK).
///
/// A verifier sees the same issuers again and again; building an OpenSSL key object is costly (and an
/// RSA key's first use sets up per-key state), so resolved keys are kept. The cache is bounded: when it is
/// full it starts over, which keeps memory fixed whatever identifiers hostile input presents.
public final class KeyCache: Sendable {
    public static let capacity = 1024

    /// Keyed by the identifier's UTF-8 bytes: String keys would merge canonically equivalent spellings.
    private let entries = Mutex<[[UInt8]: ResolvedKey]>([:])

    public init() {}

    public func key(for identifier: String) -> ResolvedKey? {
        entries.withLock { $0[Array(identifier.utf8)] }
    }

    public func store(_ key: ResolvedKey, for identifier: String) {
        entries.withLock { entries in
            if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
            entries[Array(identifier.utf8)] = key
        }
    }
}
