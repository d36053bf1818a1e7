import BadgeCrypto

/// The bits of a status list, decoded: index 0 is the most significant bit of the first byte
/// (Bitstring Status List §3.3; the bit order older LSB-first libraries got wrong). An entry of
/// `statusSize` bits occupies bits `index * statusSize ..< (index + 1) * statusSize`, the first of
/// them the most significant bit of its value.
public struct StatusBitstring: Sendable, Equatable {
    public private(set) var bytes: [UInt8]

    /// The number of bits.
    public var bitCount: Int { bytes.count * 8 }

    /// The list as stored (its length is a whole number of bytes).
    public init(bytes: [UInt8]) { self.bytes = bytes }

    /// A list of `entries` entries of `statusSize` bits, all zero, rounded up to whole bytes.
    public init(entries: Int, statusSize: Int = 1) throws(StatusListError) {
        guard entries > 0 else { throw .invalidLength(entries: entries, statusSize: statusSize, reason: "a list needs at least one entry") }
        guard (1...StatusBitstring.maxStatusSize).contains(statusSize) else {
            throw .invalidLength(entries: entries, statusSize: statusSize, reason: "statusSize must be 1 to \(StatusBitstring.maxStatusSize)")
        }
        let (bits, overflow) = entries.multipliedReportingOverflow(by: statusSize)
        guard !overflow, bits <= Int.max - 7 else { throw .invalidLength(entries: entries, statusSize: statusSize, reason: "too large") }
        bytes = [UInt8](repeating: 0, count: (bits + 7) / 8)
    }

    /// The largest `statusSize` Laurel reads: each entry needs 2^statusSize messages, so larger sizes
    /// cannot be described by a real list.
    public static let maxStatusSize = 16

    /// The number of whole entries of `statusSize` bits.
    public func entryCount(statusSize: Int = 1) -> Int { statusSize > 0 ? bitCount / statusSize : 0 }

    /// The bit at `position` (0 is the most significant bit of the first byte).
    public func bit(at position: Int) -> Bool {
        (bytes[position >> 3] >> (7 - UInt8(position & 7))) & 1 == 1
    }

    /// The value of entry `index` of `statusSize` bits. `index` is kept as text in errors, since a
    /// credential may name an index far beyond any integer.
    public func value(at index: Int, statusSize: Int = 1) throws(StatusListError) -> Int {
        let first = try firstBit(of: index, statusSize: statusSize)
        var value = 0
        for position in first..<(first + statusSize) { value = value << 1 | (bit(at: position) ? 1 : 0) }
        return value
    }

    /// Sets entry `index` to `value`.
    public mutating func setValue(_ value: Int, at index: Int, statusSize: Int = 1) throws(StatusListError) {
        guard value >= 0, value < 1 << statusSize else { throw .invalidStatusValue(value: value, statusSize: statusSize) }
        let first = try firstBit(of: index, statusSize: statusSize)
        for offset in 0..<statusSize {
            let position = first + offset
            let mask = UInt8(0x80) >> UInt8(position & 7)
            if (value >> (statusSize - 1 - offset)) & 1 == 1 {
                bytes[position >> 3] |= mask
            } else {
                bytes[position >> 3] &= ~mask
            }
        }
    }

    private func firstBit(of index: Int, statusSize: Int) throws(StatusListError) -> Int {
        guard (1...Self.maxStatusSize).contains(statusSize) else { throw .invalidStatusValue(value: 0, statusSize: statusSize) }
        let (first, overflow) = index.multipliedReportingOverflow(by: statusSize)
        guard index >= 0, !overflow, first <= bitCount - statusSize else {
            throw .indexOutOfRange(index: String(index), statusSize: statusSize, listBits: bitCount)
        }
        return first
    }

    /// The positions of the bits that are 1, in increasing order.
    public var setBitPositions: [Int] {
        var positions: [Int] = []
        for (byteIndex, byte) in bytes.enumerated() where byte != 0 {
            for bit in 0..<8 where (byte >> (7 - UInt8(bit))) & 1 == 1 { positions.append(byteIndex * 8 + bit) }
        }
        return positions
    }
}
