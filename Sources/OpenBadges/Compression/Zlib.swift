/// The zlib format (RFC 1950): a two-byte header, DEFLATE data, then the Adler-32 of the original data
/// (big-endian).
public enum Zlib {
    /// Decompresses a zlib stream, checking the header and the Adler-32. Preset dictionaries are refused.
    public static func decompress(_ bytes: [UInt8], maxOutputBytes: Int = Inflater.defaultMaxOutputBytes) throws(CompressionError)
        -> [UInt8]
    {
        guard bytes.count >= 2 else { throw .truncated(offset: bytes.count, inside: "the 2-byte zlib header") }
        let cmf = bytes[0], flags = bytes[1]
        guard cmf & 0x0F == 8 else {
            throw .invalidHeader(offset: 0, format: "zlib", reason: "compression method \(cmf & 0x0F) is not 8 (deflate)")
        }
        guard cmf >> 4 <= 7 else {
            throw .invalidHeader(offset: 0, format: "zlib", reason: "window size 2^\((cmf >> 4) + 8) is larger than 32 KB")
        }
        guard (UInt16(cmf) << 8 | UInt16(flags)) % 31 == 0 else {
            throw .invalidHeader(offset: 1, format: "zlib", reason: "the header check bits are wrong (CMF*256+FLG is not a multiple of 31)")
        }
        guard flags & 0x20 == 0 else { throw .unsupported(offset: 1, feature: "a zlib preset dictionary (FDICT)") }
        var output = InflateOutput(limit: maxOutputBytes, expectedSize: bytes.count * 4)
        let dataEnd = try Inflater.inflate(bytes, from: 2, to: bytes.count, into: &output)
        guard bytes.count - dataEnd >= 4 else { throw .truncated(offset: bytes.count, inside: "the zlib Adler-32 trailer") }
        let expected = UInt32(bytes[dataEnd]) << 24 | UInt32(bytes[dataEnd + 1]) << 16 | UInt32(bytes[dataEnd + 2]) << 8
            | UInt32(bytes[dataEnd + 3])
        let actual = output.checksumInput(from: 0) { Adler32.update(1, $0) }
        guard expected == actual else {
            throw .checksumMismatch(offset: dataEnd, check: "zlib Adler-32", expected: expected, actual: actual)
        }
        guard dataEnd + 4 == bytes.count else { throw .trailingData(offset: dataEnd + 4, count: bytes.count - dataEnd - 4) }
        return output.bytes()
    }

    /// Compresses `bytes` into a zlib stream (32 KB window, no dictionary).
    public static func compress(_ bytes: [UInt8], strategy: DeflateWriter.Strategy = .dynamic) -> [UInt8] {
        // CMF 0x78: deflate with a 32 KB window. FLG names the level (informational) and makes the pair a
        // multiple of 31: 0x9C "default" for the dynamic encoder, 0x01 "fastest" for the simple strategies.
        var out: [UInt8] = [0x78, strategy == .dynamic ? 0x9C : 0x01]
        out += DeflateWriter.deflate(bytes, strategy: strategy)
        let adler = Adler32.checksum(bytes)
        for shift in stride(from: 24, through: 0, by: -8) { out.append(UInt8(truncatingIfNeeded: adler >> UInt32(shift))) }
        return out
    }
}
