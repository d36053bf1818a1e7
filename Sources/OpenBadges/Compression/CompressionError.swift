/// Why a compressed stream (DEFLATE, gzip or zlib) was refused. Every case names the byte offset in the
/// compressed input where the problem was found, so a corrupt status list can be located.
public enum CompressionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The input ended inside `part` (a block header, a Huffman table, a stored block, a trailer).
    case truncated(offset: Int, inside: String)
    /// The input is not in the expected container (wrong magic bytes, method or header check).
    case invalidHeader(offset: Int, format: String, reason: String)
    /// The DEFLATE data itself is malformed: a reserved block type, bad code lengths, an unknown symbol,
    /// a back-reference before the start of the data.
    case corrupt(offset: Int, reason: String)
    /// The decompressed data would be larger than the caller allows: refused before it is produced, so
    /// a few kilobytes that expand to gigabytes (a "zip bomb") cost no more than `limit` bytes.
    case outputLimitExceeded(limit: Int, offset: Int)
    /// A checksum or length in the trailer does not match the decompressed data.
    case checksumMismatch(offset: Int, check: String, expected: UInt32, actual: UInt32)
    /// Bytes follow the end of the stream that are not another stream.
    case trailingData(offset: Int, count: Int)
    /// A feature of the container that Laurel does not read (a zlib preset dictionary).
    case unsupported(offset: Int, feature: String)

    public var description: String {
        switch self {
        case .truncated(let offset, let inside):
            "the compressed data ends too early, at byte \(offset), inside \(inside)"
        case .invalidHeader(let offset, let format, let reason):
            "not \(format) data: \(reason) (at byte \(offset))"
        case .corrupt(let offset, let reason):
            "corrupt compressed data at byte \(offset): \(reason)"
        case .outputLimitExceeded(let limit, let offset):
            "the data expands to more than \(limit) bytes (the limit), found while reading byte \(offset); refused"
        case .checksumMismatch(let offset, let check, let expected, let actual):
            "the \(check) at byte \(offset) is \(hex(expected)) but the decompressed data gives \(hex(actual))"
        case .trailingData(let offset, let count):
            "\(count) unexpected bytes follow the end of the compressed data at byte \(offset)"
        case .unsupported(let offset, let feature):
            "\(feature) is not supported (at byte \(offset))"
        }
    }

    private func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return "0x" + String(repeating: "0", count: max(0, 8 - digits.count)) + digits
    }
}
