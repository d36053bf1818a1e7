/// Where the issuer keeps which indices of each status list are taken, so that no two credentials
/// share one. The service backs it with its database; `InMemoryStatusIndexStore` serves tests and
/// single-process tools.
///
/// An implementation must hand out each index of a list at most once, even to concurrent callers. It
/// may choose the order: the specification's privacy considerations favour indices that do not reveal
/// the order of issuance, which a store can achieve by walking the list in a fixed pseudo-random
/// permutation instead of counting up.
public protocol StatusIndexStore: Sendable {
    /// Reserves and returns a free index of the list `list`, which has `capacity` entries.
    func reserveIndex(in list: String, capacity: Int) async throws(StatusListIssuanceError) -> Int
}

/// Allocates indices of each list in increasing order, in memory.
public actor InMemoryStatusIndexStore: StatusIndexStore {
    private var next: [String: Int] = [:]

    public init() {}

    public func reserveIndex(in list: String, capacity: Int) throws(StatusListIssuanceError) -> Int {
        let index = next[list, default: 0]
        guard index < capacity else { throw .listFull(list: list, capacity: capacity) }
        next[list] = index + 1
        return index
    }
}
