/// A blank node label as a dictionary key that compares and hashes the exact UTF-8 bytes (Swift's String
/// hashing treats canonically equivalent spellings as one key, which would merge distinct blank nodes).
struct BlankNodeKey: Hashable {
    let label: String

    init(_ label: String) { self.label = label }

    static func == (lhs: BlankNodeKey, rhs: BlankNodeKey) -> Bool {
        CanonicalNQuadsWriter.withUTF8(lhs.label) { a in
            CanonicalNQuadsWriter.withUTF8(rhs.label) { b in
                a.count == b.count && (a.count == 0 || ByteOrder.equal(a, b))
            }
        }
    }

    func hash(into hasher: inout Hasher) {
        CanonicalNQuadsWriter.withUTF8(label) { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
