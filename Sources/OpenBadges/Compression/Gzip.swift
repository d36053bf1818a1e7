/// The gzip file format (RFC 1952): a header, DEFLATE data, then the CRC-32 and the length (mod 2^32)
/// of the original data. Bitstring status lists are gzip-compressed.
public enum Gzip {
    private static let magic: [UInt8] = [0x1F, 0x8B]
    private static let deflateMethod: UInt8 = 8

    /// Decompresses a gzip file, checking each member's CRC-32 and ISIZE. A file of several members
    /// (RFC 1952 §2.2) decompresses to their concatenation; anything after the last member is refused.
    /// The output may not exceed `maxOutputBytes`, counted over all members.
    public static func decompress(_ bytes: [UInt8], maxOutputBytes: Int = Inflater.defaultMaxOutputBytes) throws(CompressionError)
        -> [UInt8]
    {
        // ISIZE is a hint for the first allocation only, and never beyond the limit.
        let hint = bytes.count >= 18 ? Int(littleEndian32(bytes, at: bytes.count - 4)) : 0
        var output = InflateOutput(limit: maxOutputBytes, expectedSize: hint)
        var offset = 0
        repeat {
            offset = try decompressMember(bytes, at: offset, into: &output)
            // Some writers pad the end of a file with zero bytes; RFC 1952 does not allow it, and a list
            // has no reason to, so only further members may follow.
        } while offset < bytes.count && bytes.count - offset >= 2 && bytes[offset] == magic[0] && bytes[offset + 1] == magic[1]
        guard offset == bytes.count else { throw .trailingData(offset: offset, count: bytes.count - offset) }
        return output.bytes()
    }

    /// One member: header, data, trailer. Returns the offset after it.
    private static func decompressMember(_ bytes: [UInt8], at start: Int, into output: inout InflateOutput) throws(CompressionError)
        -> Int
    {
        let dataStart = try skipHeader(bytes, at: start)
        let outputStart = output.count
        let dataEnd = try Inflater.inflate(bytes, from: dataStart, to: bytes.count, into: &output)
        guard bytes.count - dataEnd >= 8 else {
            throw .truncated(offset: bytes.count, inside: "the gzip trailer (CRC-32 and size)")
        }
        let expectedCRC = littleEndian32(bytes, at: dataEnd)
        let actualCRC = output.checksumInput(from: outputStart) { CRC32.update(0, $0) }
        guard expectedCRC == actualCRC else {
            throw .checksumMismatch(offset: dataEnd, check: "gzip CRC-32", expected: expectedCRC, actual: actualCRC)
        }
        let expectedSize = littleEndian32(bytes, at: dataEnd + 4)
        let actualSize = UInt32(truncatingIfNeeded: output.count - outputStart)
        guard expectedSize == actualSize else {
            throw .checksumMismatch(offset: dataEnd + 4, check: "gzip ISIZE (length mod 2^32)", expected: expectedSize, actual: actualSize)
        }
        return dataEnd + 8
    }

    /// Checks a member header (§2.3) and returns the offset of its DEFLATE data.
    private static func skipHeader(_ bytes: [UInt8], at start: Int) throws(CompressionError) -> Int {
        guard bytes.count - start >= 10 else {
            if bytes.count - start >= 2, bytes[start] != magic[0] || bytes[start + 1] != magic[1] {
                throw .invalidHeader(offset: start, format: "gzip", reason: "the first two bytes are not 1f 8b")
            }
            throw .truncated(offset: bytes.count, inside: "the 10-byte gzip header")
        }
        guard bytes[start] == magic[0], bytes[start + 1] == magic[1] else {
            throw .invalidHeader(offset: start, format: "gzip", reason: "the first two bytes are not 1f 8b")
        }
        guard bytes[start + 2] == deflateMethod else {
            throw .invalidHeader(offset: start + 2, format: "gzip", reason: "compression method \(bytes[start + 2]) is not 8 (deflate)")
        }
        let flags = bytes[start + 3]
        guard flags & 0xE0 == 0 else {
            throw .invalidHeader(offset: start + 3, format: "gzip", reason: "reserved flag bits are set (flags \(flags))")
        }
        var offset = start + 10
        if flags & 0x04 != 0 {  // FEXTRA: a two-byte length, then that many bytes
            guard bytes.count - offset >= 2 else { throw .truncated(offset: bytes.count, inside: "the gzip extra field length") }
            let length = Int(bytes[offset]) | Int(bytes[offset + 1]) << 8
            offset += 2
            guard bytes.count - offset >= length else { throw .truncated(offset: bytes.count, inside: "the gzip extra field") }
            offset += length
        }
        for (flag, name) in [(UInt8(0x08), "the gzip file name"), (UInt8(0x10), "the gzip comment")] where flags & flag != 0 {
            // Zero-terminated ISO 8859-1 text.
            guard let terminator = bytes[offset...].firstIndex(of: 0) else { throw .truncated(offset: bytes.count, inside: name) }
            offset = terminator + 1
        }
        if flags & 0x02 != 0 {  // FHCRC: the low 16 bits of the CRC-32 of the header so far
            guard bytes.count - offset >= 2 else { throw .truncated(offset: bytes.count, inside: "the gzip header CRC") }
            let expected = UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8
            let actual = CRC32.checksum(bytes, in: start..<offset) & 0xFFFF
            guard expected == actual else {
                throw .checksumMismatch(offset: offset, check: "gzip header CRC-16", expected: expected, actual: actual)
            }
            offset += 2
        }
        return offset
    }

    /// Compresses `bytes` into a gzip file of one member (no file name, modification time 0, OS
    /// "unknown"), so the same input always gives the same file.
    public static func compress(_ bytes: [UInt8], strategy: DeflateWriter.Strategy = .dynamic) -> [UInt8] {
        var out: [UInt8] = magic + [deflateMethod, 0, 0, 0, 0, 0, 0, 0xFF]
        out += DeflateWriter.deflate(bytes, strategy: strategy)
        appendLittleEndian32(CRC32.checksum(bytes), to: &out)
        appendLittleEndian32(UInt32(truncatingIfNeeded: bytes.count), to: &out)
        return out
    }

    static func littleEndian32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
    }

    static func appendLittleEndian32(_ value: UInt32, to out: inout [UInt8]) {
        for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }
}
