/// The result of evaluating one subschema against one instance location: validity plus the
/// annotations `unevaluatedProperties` and `unevaluatedItems` read.
struct SchemaOutcome {
    var valid = true
    /// Members of the instance object (by position) that some keyword evaluated.
    var properties = SchemaEvaluatedMembers()
    /// How many leading items of the instance array some keyword evaluated (`Int.max`: all).
    var items = 0

    static let invalid = SchemaOutcome(valid: false)

    /// Adds the annotations of a subschema that passed at the same instance location.
    mutating func absorb(_ other: SchemaOutcome) {
        properties.formUnion(other.properties)
        items = max(items, other.items)
    }
}

/// A set of member positions of one object, as a bit set.
///
/// Positions rather than names: member names compare by bytes, and a position is what both the
/// evaluating keyword and `unevaluatedProperties` already hold.
struct SchemaEvaluatedMembers {
    private var words: [UInt64] = []
    private var all = false

    mutating func insert(_ index: Int) {
        if all { return }
        let word = index >> 6
        if word >= words.count { words.append(contentsOf: repeatElement(0, count: word - words.count + 1)) }
        words[word] |= 1 << UInt64(index & 63)
    }

    mutating func insertAll() {
        all = true
        words = []
    }

    func contains(_ index: Int) -> Bool {
        if all { return true }
        let word = index >> 6
        return word < words.count && words[word] & (1 << UInt64(index & 63)) != 0
    }

    mutating func formUnion(_ other: SchemaEvaluatedMembers) {
        if all { return }
        if other.all { insertAll(); return }
        if other.words.count > words.count {
            words.append(contentsOf: repeatElement(0, count: other.words.count - words.count))
        }
        for (offset, word) in other.words.enumerated() { words[offset] |= word }
    }
}
