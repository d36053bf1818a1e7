/// A JSON object that keeps its members in order and compares keys by their exact UTF-8 bytes.
///
/// Swift's `String` equality treats canonically equivalent strings as equal ("é" precomposed equals
/// "e" + combining accent), so a `Dictionary<String, JSON>` would merge two keys that differ in bytes.
/// A signed document must not be read that way, so lookups here compare bytes.
public struct JSONObject: Sendable, Equatable, RandomAccessCollection, ExpressibleByDictionaryLiteral {
    public struct Member: Sendable, Equatable {
        public var key: String
        public var value: JSON
        public init(key: String, value: JSON) {
            self.key = key
            self.value = value
        }
    }

    public private(set) var members: [Member]

    public init() { members = [] }

    /// Members in the given order; the caller guarantees the keys are distinct.
    public init(members: [Member]) { self.members = members }

    public init(dictionaryLiteral elements: (String, JSON)...) {
        members = []
        for (key, value) in elements { self[key] = value }
    }

    // MARK: Collection

    public var startIndex: Int { members.startIndex }
    public var endIndex: Int { members.endIndex }
    public subscript(position: Int) -> Member { members[position] }

    // MARK: Dictionary-like access

    public var keys: [String] { members.map(\.key) }

    /// The position of `key`, comparing UTF-8 bytes.
    public func index(forKey key: String) -> Int? {
        members.firstIndex { Self.sameKey($0.key, key) }
    }

    /// Reading gives the member's value; writing replaces it in place, appends a new member, or with
    /// `nil` removes it.
    public subscript(key: String) -> JSON? {
        get { index(forKey: key).map { members[$0].value } }
        set {
            switch (index(forKey: key), newValue) {
            case (let i?, let value?): members[i].value = value
            case (let i?, nil): members.remove(at: i)
            case (nil, let value?): members.append(Member(key: key, value: value))
            case (nil, nil): break
            }
        }
    }

    /// Appends a member without looking for an existing one: for code that writes each key once (model
    /// encoders writing their known properties). Appending a key that is already present would produce an
    /// object with a duplicate member, which a debug build traps.
    public mutating func appendNew(_ key: String, _ value: JSON) {
        assert(index(forKey: key) == nil, "duplicate member \(key)")
        members.append(Member(key: key, value: value))
    }

    @discardableResult
    public mutating func removeValue(forKey key: String) -> JSON? {
        guard let i = index(forKey: key) else { return nil }
        return members.remove(at: i).value
    }

    /// The members sorted by key in Unicode code point order (the order of their UTF-8 bytes).
    public func sortedByKey() -> JSONObject {
        JSONObject(members: members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) })
    }

    /// Order-insensitive equality with byte-exact keys.
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for member in lhs.members {
            guard let other = rhs[member.key], other == member.value else { return false }
        }
        return true
    }

    @inline(__always)
    static func sameKey(_ a: String, _ b: String) -> Bool {
        let left = a.utf8, right = b.utf8
        guard left.count == right.count else { return false }
        let contiguous = left.withContiguousStorageIfAvailable { l in
            right.withContiguousStorageIfAvailable { r in l.elementsEqual(r) }
        }
        return (contiguous ?? nil) ?? left.elementsEqual(right)
    }
}
