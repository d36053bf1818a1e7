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
            ranges.sort { precedes(base, $0, $1) }
        }
    }
}
