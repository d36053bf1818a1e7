/// A string used as a dictionary key that compares and hashes by its exact UTF-8 bytes.
///
/// Terms, IRIs and blank node labels must never be merged because two spellings are canonically
/// equivalent in Unicode (which is what `String`'s `==` and `Hashable` do), so every JSON-LD table is
/// keyed by this.
struct ByteKey: Hashable, Sendable {
    let string: String

    @inline(__always)
    init(_ string: String) { self.string = string }

    @inline(__always)
    static func == (lhs: ByteKey, rhs: ByteKey) -> Bool { lhs.string.bytesEqual(rhs.string) }

    @inline(__always)
    func hash(into hasher: inout Hasher) { hasher.combineUTF8(of: string) }
}

extension String {
    /// Byte-exact equality with a fast path over contiguous storage (native Swift strings always are).
    @inline(__always)
    func bytesEqual(_ other: String) -> Bool {
        let lhs = utf8, rhs = other.utf8
        guard lhs.count == rhs.count else { return false }
        let fast: Bool? = lhs.withContiguousStorageIfAvailable { a in
            rhs.withContiguousStorageIfAvailable { b in
                var i = 0
                while i < a.count {
                    if a[i] != b[i] { return false }
                    i &+= 1
                }
                return true
            }
        } ?? nil
        if let fast { return fast }
        return lhs.elementsEqual(rhs)
    }

    /// True when the UTF-8 bytes start with `byte`.
    @inline(__always)
    func firstByteIs(_ byte: UInt8) -> Bool { utf8.first == byte }
}

extension Hasher {
    /// Feeds the exact UTF-8 bytes, in one call when the storage is contiguous.
    @inline(__always)
    mutating func combineUTF8(of string: String) {
        let done: Void? = string.utf8.withContiguousStorageIfAvailable { buffer in
            combine(bytes: UnsafeRawBufferPointer(buffer))
        }
        if done == nil { combineBytes(of: string) }
    }
}

/// A small ordered map from byte-exact string keys to values: insertion order is kept (it decides blank
/// node numbering and output order), lookups are linear while the map is small and hashed after that.
struct OrderedByteMap<Value> {
    private(set) var keys: [String] = []
    var values: [Value] = []
    private var index: [ByteKey: Int]? = nil

    init() {}

    var count: Int { keys.count }
    var isEmpty: Bool { keys.isEmpty }

    func position(of key: String) -> Int? {
        if let index { return index[ByteKey(key)] }
        for i in keys.indices where keys[i].bytesEqual(key) { return i }
        return nil
    }

    subscript(key: String) -> Value? {
        guard let i = position(of: key) else { return nil }
        return values[i]
    }

    /// Appends a new key; the caller knows it is absent.
    @discardableResult
    mutating func append(_ key: String, _ value: Value) -> Int {
        keys.append(key)
        values.append(value)
        let i = keys.count - 1
        if index != nil {
            index?[ByteKey(key)] = i
        } else if keys.count > 12 {
            var built: [ByteKey: Int] = [:]
            built.reserveCapacity(keys.count * 2)
            for (j, k) in keys.enumerated() { built[ByteKey(k)] = j }
            index = built
        }
        return i
    }

    /// The position of `key`, appending `make()` first when it is absent.
    mutating func positionInserting(_ key: String, _ make: () -> Value) -> Int {
        if let i = position(of: key) { return i }
        return append(key, make())
    }

    mutating func withValue<R>(at position: Int, _ body: (inout Value) throws(JSONLDError) -> R) throws(JSONLDError) -> R {
        try body(&values[position])
    }

    mutating func setValue(_ value: Value, at position: Int) { values[position] = value }
}

extension OrderedByteMap: Sendable where Value: Sendable {}
