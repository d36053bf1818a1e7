/// A temporary identifier issuer of RDFC-1.0 §4.3 (prefix "b"): it numbers blank nodes in the order it
/// first sees them. A value type, because Hash N-Degree Quads copies issuers for every permutation.
struct IdentifierIssuer {
    /// Blank node numbers (of `EncodedDataset`) in the order identifiers were issued to them.
    private(set) var issuedOrder: [Int] = []
    private var issued: [Int: Int] = [:]
    private static let scanLimit = 32

    /// The identifier number issued to `node`, if any.
    @inline(__always)
    func number(for node: Int) -> Int? {
        // Temporary issuers hold a handful of nodes in practice, where a scan beats hashing (and copying
        // an issuer for each permutation then copies no dictionary).
        if issuedOrder.count <= Self.scanLimit { return issuedOrder.firstIndex(of: node) }
        return issued[node]
    }

    /// RDFC-1.0 §4.5: the existing number of `node`, or the next one.
    @discardableResult
    mutating func issue(_ node: Int) -> Int {
        if let existing = number(for: node) { return existing }
        let number = issuedOrder.count
        issuedOrder.append(node)
        if issuedOrder.count == Self.scanLimit + 1 {
            for (index, earlier) in issuedOrder.enumerated() { issued[earlier] = index }
        } else if issuedOrder.count > Self.scanLimit + 1 {
            issued[node] = number
        }
        return number
    }
}
