#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Code point order on UTF-8 bytes, which RDFC-1.0 uses for every sort: comparing UTF-8 byte sequences
/// gives the same order as comparing code points (not Swift's String `<`, which is not code point order).
enum ByteOrder {
    /// Whether `a` sorts before `b`, both ranges of the buffer at `base`.
    @inline(__always)
    static func precedes(_ base: UnsafePointer<UInt8>, _ a: Range<Int>, _ b: Range<Int>) -> Bool {
        let common = min(a.count, b.count)
        let order = common == 0 ? 0 : memcmp(base + a.lowerBound, base + b.lowerBound, common)
        return order != 0 ? order < 0 : a.count < b.count
    }

    /// Whether the two ranges of the buffer at `base` hold the same bytes.
    @inline(__always)
    static func equal(_ base: UnsafePointer<UInt8>, _ a: Range<Int>, _ b: Range<Int>) -> Bool {
        a.count == b.count && (a.count == 0 || memcmp(base + a.lowerBound, base + b.lowerBound, a.count) == 0)
    }

    /// Whether two buffers of the same length hold the same bytes.
    @inline(__always)
    static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let x = a.baseAddress, let y = b.baseAddress else { return a.count == b.count }
        return a.count == b.count && memcmp(x, y, a.count) == 0
    }

    /// Three-way comparison of `count` bytes at `a` and `b` (fixed-length hashes): negative, zero or positive.
    @inline(__always)
    static func compare(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Int {
        Int(memcmp(a, b, count))
    }

    /// Three-way comparison of two byte arrays: negative, zero or positive.
    static func compare(_ a: [UInt8], _ b: [UInt8]) -> Int {
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                let common = min(pa.count, pb.count)
                if common > 0, let x = pa.baseAddress, let y = pb.baseAddress {
                    let order = memcmp(x, y, common)
                    if order != 0 { return Int(order) }
                }
                return pa.count - pb.count
            }
        }
    }

    /// Sorts `ranges` of `buffer` by the bytes they cover.
    static func sort(_ ranges: inout [Range<Int>], of buffer: [UInt8]) {
        buffer.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return }
            sort(&ranges) { precedes(base, $0, $1) }
        }
    }

    /// The indices of `ranges`, ordered by the bytes of `buffer` they cover (stable).
    static func order(of ranges: [Range<Int>], in buffer: [UInt8]) -> [Int] {
        var order = Array(ranges.indices)
        buffer.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return }
            ranges.withUnsafeBufferPointer { ranges in
                sort(&order) { precedes(base, ranges[$0], ranges[$1]) }
            }
        }
        return order
    }

    /// A stable sort that makes few comparisons on the short arrays canonicalization sorts (the lines of a
    /// credential, the mentions of a blank node), where each comparison is a memcmp over long shared
    /// prefixes: binary insertion needs about n log n comparisons where the standard library's insertion
    /// sort of small runs needs about n²/4. Long arrays use the standard library's sort.
    @inline(__always)
    static func sort<Element>(_ elements: inout [Element], by precedes: (Element, Element) -> Bool) {
        guard elements.count <= 64 else {
            elements.sort(by: precedes)
            return
        }
        elements.withUnsafeMutableBufferPointer { items in
            for index in items.indices.dropFirst() {
                let item = items[index]
                // The first position whose element the item precedes: after all equal ones, so stable.
                var low = 0
                var high = index
                while low < high {
                    let middle = (low + high) / 2
                    if precedes(item, items[middle]) { high = middle } else { low = middle + 1 }
                }
                var cursor = index
                while cursor > low {
                    items[cursor] = items[cursor - 1]
                    cursor -= 1
                }
                items[low] = item
            }
        }
    }
}
