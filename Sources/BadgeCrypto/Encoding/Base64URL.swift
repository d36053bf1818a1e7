/// The URL- and filename-safe base64 alphabet without padding (RFC 4648 §5), as JOSE uses it (RFC 7515
/// §2), decoded strictly: `=` and any character outside the alphabet are refused, as is a length of
/// 4k+1 and a final character whose unused low bits are not zero. Strictness makes the text form of a
/// signature unique, so no one can produce a second valid JWS from a first by editing bits that no
/// decoder looks at.
public enum Base64URL {
    static let alphabet: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// 0...63 for alphabet characters, 0xFF otherwise.
    static let decodeTable: [UInt8] = makeDecodeTable(alphabet)

    static func makeDecodeTable(_ alphabet: [UInt8]) -> [UInt8] {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (index, character) in alphabet.enumerated() { table[Int(character)] = UInt8(index) }
        return table
    }

    /// Characters needed for `byteCount` bytes.
    @inline(__always)
    public static func encodedLength(of byteCount: Int) -> Int { (byteCount * 4 + 2) / 3 }

    /// The base64url text of `bytes`.
    public static func encode<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var out: [UInt8] = []
        withMessageBytes(bytes) { encode($0, appendingTo: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the base64url characters of `input` to `out` (used to build JWS output in one buffer).
    /// The characters are written straight into the array's storage: JWS signing encodes every
    /// payload, so this is on its hot path.
    public static func encode(_ input: UnsafeRawBufferPointer, appendingTo out: inout [UInt8]) {
        let start = out.count
        let length = encodedLength(of: input.count)
        out.append(contentsOf: repeatElement(0, count: length))
        out.withUnsafeMutableBufferPointer { buffer in
            alphabet.withUnsafeBufferPointer { table in
                guard let base = buffer.baseAddress else { return }
                var write = base + start
                var index = 0
                let count = input.count
                while index + 3 <= count {
                    let value = UInt32(input[index]) << 16 | UInt32(input[index + 1]) << 8 | UInt32(input[index + 2])
                    write[0] = table[Int(value >> 18 & 63)]
                    write[1] = table[Int(value >> 12 & 63)]
                    write[2] = table[Int(value >> 6 & 63)]
                    write[3] = table[Int(value & 63)]
                    write += 4
                    index += 3
                }
                switch count - index {
                case 1:
                    let value = UInt32(input[index]) << 16
                    write[0] = table[Int(value >> 18 & 63)]
                    write[1] = table[Int(value >> 12 & 63)]
                case 2:
                    let value = UInt32(input[index]) << 16 | UInt32(input[index + 1]) << 8
                    write[0] = table[Int(value >> 18 & 63)]
                    write[1] = table[Int(value >> 12 & 63)]
                    write[2] = table[Int(value >> 6 & 63)]
                default:
                    break
                }
            }
        }
    }

    /// The bytes of base64url `text`, refusing anything that is not the canonical unpadded encoding.
    public static func decode(_ text: String, maxLength: Int = 16 << 20) throws(CodecError) -> [UInt8] {
        var text = text
        return try text.withUTF8 { buffer in
            Result { () throws(CodecError) -> [UInt8] in try decode(UnsafeRawBufferPointer(buffer), maxLength: maxLength) }
        }.get()
    }

    /// Decodes the base64url characters in `input` (see `decode(_:maxLength:)`).
    public static func decode(_ input: UnsafeRawBufferPointer, maxLength: Int = 16 << 20) throws(CodecError) -> [UInt8] {
        try decode(input, maxLength: maxLength, table: decodeTable, name: "base64url")
    }

    /// The shared strict decoder for unpadded input in a 64-character alphabet.
    ///
    /// Whole groups of four characters are decoded three bytes at a time (the JWS verification path
    /// decodes every payload, so this loop is on it); the first invalid character found is reported
    /// before a bad length, and the unused bits of a final partial group must be zero.
    static func decode(_ input: UnsafeRawBufferPointer, maxLength: Int, table: [UInt8], name: String)
        throws(CodecError) -> [UInt8]
    {
        let count = input.count
        guard count <= maxLength else { throw .inputTooLong(encoding: name, length: count, limit: maxLength) }
        let remainder = count % 4
        let outputCount = count / 4 * 3 + (remainder >= 2 ? remainder - 1 : 0)
        var failure: CodecError?
        let output = table.withUnsafeBufferPointer { table in
            [UInt8](unsafeUninitializedCapacity: outputCount) { out, initialized in
                initialized = 0
                var read = 0
                var written = 0
                let wholeGroupsEnd = count - remainder
                while read < wholeGroupsEnd {
                    let a = table[Int(input[read])], b = table[Int(input[read + 1])]
                    let c = table[Int(input[read + 2])], d = table[Int(input[read + 3])]
                    if (a | b | c | d) & 0x80 != 0 {
                        failure = characterError(input, from: read, table: table, name: name)
                        return
                    }
                    let value = UInt32(a) << 18 | UInt32(b) << 12 | UInt32(c) << 6 | UInt32(d)
                    out[written] = UInt8(truncatingIfNeeded: value >> 16)
                    out[written + 1] = UInt8(truncatingIfNeeded: value >> 8)
                    out[written + 2] = UInt8(truncatingIfNeeded: value)
                    read += 4
                    written += 3
                }
                var tail: UInt32 = 0
                for offset in read..<count {
                    let sextet = table[Int(input[offset])]
                    if sextet & 0x80 != 0 {
                        failure = characterError(input, from: offset, table: table, name: name)
                        return
                    }
                    tail = tail << 6 | UInt32(sextet)
                }
                switch remainder {
                case 1:
                    failure = .invalidLength(encoding: name, length: count)
                    return
                case 2:
                    // 12 bits: one byte and 4 unused bits, which must be zero to be canonical.
                    guard tail & 0x0F == 0 else {
                        failure = .nonCanonicalTrailingBits(encoding: name, offset: count - 1)
                        return
                    }
                    out[written] = UInt8(truncatingIfNeeded: tail >> 4)
                    written += 1
                case 3:
                    // 18 bits: two bytes and 2 unused bits.
                    guard tail & 0x03 == 0 else {
                        failure = .nonCanonicalTrailingBits(encoding: name, offset: count - 1)
                        return
                    }
                    out[written] = UInt8(truncatingIfNeeded: tail >> 10)
                    out[written + 1] = UInt8(truncatingIfNeeded: tail >> 2)
                    written += 2
                default:
                    break
                }
                initialized = written
            }
        }
        if let failure { throw failure }
        return output
    }

    /// The error for the first character at or after `start` that is not in the alphabet.
    private static func characterError(_ input: UnsafeRawBufferPointer, from start: Int, table: UnsafeBufferPointer<UInt8>,
                                       name: String) -> CodecError
    {
        var offset = start
        while offset < input.count && table[Int(input[offset])] & 0x80 == 0 { offset += 1 }
        let character = offset < input.count ? input[offset] : 0
        return character == UInt8(ascii: "=")
            ? .paddingNotAllowed(encoding: name, offset: offset)
            : .invalidCharacter(encoding: name, character: CodecError.describe(character), offset: offset)
    }
}
