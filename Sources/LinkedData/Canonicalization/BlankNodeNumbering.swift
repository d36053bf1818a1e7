/// Numbers blank nodes by input label, in order of first appearance, comparing labels byte for byte.
///
/// Credentials have a handful of blank nodes, for which scanning the labels beats hashing them; past
/// `scanLimit` labels a dictionary takes over, so large datasets stay linear.
struct BlankNodeNumbering {
    private static let scanLimit = 16
    private var index: [BlankNodeKey: Int] = [:]

    /// The number of the blank node labelled `label`, appending the label to `labels` when it is new.
    mutating func number(for label: String, labels: inout [String]) -> Int {
        if labels.count <= Self.scanLimit {
            for (number, known) in labels.enumerated() where Self.sameBytes(known, label) { return number }
        } else if let number = index[BlankNodeKey(label)] {
            return number
        }
        let number = labels.count
        labels.append(label)
        if labels.count == Self.scanLimit + 1 {
            for (earlier, known) in labels.enumerated() { index[BlankNodeKey(known)] = earlier }
        } else if labels.count > Self.scanLimit + 1 {
            index[BlankNodeKey(label)] = number
        }
        return number
    }

    @inline(__always)
    private static func sameBytes(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && BlankNodeKey(a) == BlankNodeKey(b)
    }
}
