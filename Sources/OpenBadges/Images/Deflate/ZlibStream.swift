/// A zlib stream (RFC 1950): a two-byte header, the DEFLATE data and the Adler-32 of the uncompressed
/// bytes, as PNG's IDAT chunks carry it.
enum ZlibStream {
    /// CMF 0x78: method 8 (deflate) with a 32 KB window. FLG 0x9C: "default" compression level, no preset
    /// dictionary, and check bits making 0x789C a multiple of 31.
    private static let header: [UInt8] = [0x78, 0x9C]

    static func compress(_ data: [UInt8]) -> [UInt8] {
        data.withUnsafeBufferPointer { buffer in
            var output = header
            output.append(contentsOf: DeflateEncoder.compress(buffer))
            let adler = Adler32.checksum(buffer)
            output.append(contentsOf: [UInt8(adler >> 24), UInt8((adler >> 16) & 0xFF), UInt8((adler >> 8) & 0xFF),
                                       UInt8(adler & 0xFF)])
            return output
        }
    }
}
