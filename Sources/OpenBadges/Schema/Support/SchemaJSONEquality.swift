/// JSON equality as JSON Schema's `const`, `enum` and `uniqueItems` define it, with exact strings.
///
/// `JSON ==` compares strings with Swift's `String ==`, which treats canonically equivalent spellings
/// ("é" precomposed and decomposed) as equal; a schema that pins a value must not. Numbers compare by
/// value exactly (`1 == 1.0`, and two integers beyond 2^53 that round to one double stay distinct).
/// The walk uses an explicit stack, so a deeply nested instance cannot exhaust the call stack.
enum SchemaJSONEquality {
    static func equal(_ lhs: JSON, _ rhs: JSON) -> Bool {
        // Scalars, the common case for `enum` and `const`, need no work list.
        switch (lhs, rhs) {
        case (.string(let x), .string(let y)): return SchemaExactString.bytesEqual(x, y)
        case (.number(let x), .number(let y)): return numbersEqual(x, y)
        case (.bool(let x), .bool(let y)): return x == y
        case (.null, .null): return true
        case (.array, .array), (.object, .object): break
        default: return false
        }
        var pending: [(JSON, JSON)] = [(lhs, rhs)]
        while let (a, b) = pending.popLast() {
            switch (a, b) {
            case (.null, .null):
                continue
            case (.bool(let x), .bool(let y)):
                if x != y { return false }
            case (.number(let x), .number(let y)):
                if !numbersEqual(x, y) { return false }
            case (.string(let x), .string(let y)):
                if !SchemaExactString.bytesEqual(x, y) { return false }
            case (.array(let x), .array(let y)):
                guard x.count == y.count else { return false }
                for (u, v) in zip(x, y) { pending.append((u, v)) }
            case (.object(let x), .object(let y)):
                guard x.count == y.count else { return false }
                for member in x {
                    guard let other = y[member.key] else { return false }
                    pending.append((member.value, other))
                }
            default:
                return false
            }
        }
        return true
    }

    static func numbersEqual(_ x: JSONNumber, _ y: JSONNumber) -> Bool {
        guard x.doubleValue == y.doubleValue else { return false }
        if x.literal.isByteEqual(to: y.literal) { return true }
        // Equal doubles can still be different decimals when either has more than 15 significant digits.
        guard let a = SchemaDecimal(x), let b = SchemaDecimal(y) else { return true }
        return SchemaDecimal.compare(a, b) == 0
    }

    /// A hash consistent with `equal`: numbers hash by double value, strings by bytes, objects
    /// order-insensitively. Bounded by `depthLimit`; deeper structure contributes only its kind.
    static func hash(_ value: JSON, into hasher: inout Hasher, depthLimit: Int = 32) {
        switch value {
        case .null: hasher.combine(0)
        case .bool(let b): hasher.combine(1); hasher.combine(b)
        case .number(let n): hasher.combine(2); hasher.combine(n.doubleValue == 0 ? 0 : n.doubleValue)
        case .string(let s): hasher.combine(3); hasher.combineBytes(of: s)
        case .array(let items):
            hasher.combine(4)
            hasher.combine(items.count)
            if depthLimit > 0 { for item in items { hash(item, into: &hasher, depthLimit: depthLimit - 1) } }
        case .object(let object):
            hasher.combine(5)
            hasher.combine(object.count)
            if depthLimit > 0 {
                // Order-insensitive: combine member hashes with a commutative sum.
                var sum = 0
                for member in object {
                    var inner = Hasher()
                    inner.combineBytes(of: member.key)
                    hash(member.value, into: &inner, depthLimit: depthLimit - 1)
                    sum = sum &+ inner.finalize()
                }
                hasher.combine(sum)
            }
        }
    }
}

/// A JSON value as a set/dictionary key under `SchemaJSONEquality`.
struct SchemaJSONKey: Hashable {
    let value: JSON
    static func == (lhs: SchemaJSONKey, rhs: SchemaJSONKey) -> Bool { SchemaJSONEquality.equal(lhs.value, rhs.value) }
    func hash(into hasher: inout Hasher) { SchemaJSONEquality.hash(value, into: &hasher) }
}

/// A string compared and hashed by its UTF-8 bytes, for property-name lookups.
struct SchemaExactString: Hashable, Sendable {
    let value: String
    init(_ value: String) { self.value = value }
    static func == (lhs: SchemaExactString, rhs: SchemaExactString) -> Bool { bytesEqual(lhs.value, rhs.value) }

    /// Byte equality over contiguous UTF-8 storage when both strings have it (native strings do),
    /// which is much faster than walking two `UTF8View`s.
    @inline(__always)
    static func bytesEqual(_ a: String, _ b: String) -> Bool {
        let fast: Bool?? = a.utf8.withContiguousStorageIfAvailable { left in
            b.utf8.withContiguousStorageIfAvailable { right in
                left.count == right.count && bytesEqual(UnsafeRawBufferPointer(left), UnsafeRawBufferPointer(right))
            }
        }
        if let fast, let answer = fast { return answer }
        return a.isByteEqual(to: b)
    }

    /// Equal-length buffers compared eight bytes at a time.
    private static func bytesEqual(_ left: UnsafeRawBufferPointer, _ right: UnsafeRawBufferPointer) -> Bool {
        let count = left.count
        var offset = 0
        while offset + 8 <= count {
            if left.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                != right.loadUnaligned(fromByteOffset: offset, as: UInt64.self) { return false }
            offset += 8
        }
        while offset < count {
            if left[offset] != right[offset] { return false }
            offset += 1
        }
        return true
    }
    func hash(into hasher: inout Hasher) {
        // Native strings hash their UTF-8 buffer in one call; others byte by byte.
        let hashed: Void? = value.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if hashed == nil { hasher.combineBytes(of: value) }
    }
}

extension JSONObject {
    /// Whether a member named `key` (compared by bytes) exists.
    func hasMember(_ key: String) -> Bool {
        members.contains { SchemaExactString.bytesEqual($0.key, key) }
    }
}
