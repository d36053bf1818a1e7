import OpenBadges

/// Why a status list operation of the issuer failed.
public enum StatusListIssuanceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Every index of the list is taken.
    case listFull(list: String, capacity: Int)
    /// A list shorter than the specification's minimum would weaken holders' privacy.
    case listTooShort(entries: Int, minimum: Int)
    /// The operation does not fit the list's purpose (suspending in a revocation list).
    case wrongPurpose(operation: String, purpose: StatusPurpose)
    /// Revocation cannot be undone (Bitstring Status List §2.1, `revocation`).
    case revocationIsPermanent(index: Int)
    /// An index or value the list cannot hold.
    case list(StatusListError)
    /// The store that keeps allocations failed.
    case storeFailed(String)

    public var description: String {
        switch self {
        case .listFull(let list, let capacity): "the status list \(list) is full: all \(capacity) indices are allocated"
        case .listTooShort(let entries, let minimum):
            "a status list of \(entries) entries is shorter than the minimum of \(minimum), which keeps each holder hidden in a crowd"
        case .wrongPurpose(let operation, let purpose): "cannot \(operation) in a list whose purpose is \"\(purpose)\""
        case .revocationIsPermanent(let index): "index \(index) is revoked, and a revocation cannot be undone"
        case .list(let error): error.description
        case .storeFailed(let reason): "the status index store failed: \(reason)"
        }
    }
}
