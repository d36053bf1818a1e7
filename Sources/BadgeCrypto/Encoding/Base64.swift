/// Standard base64 with padding (RFC 4648 §4), for PEM bodies. Decoding is strict: the text must be
/// a whole number of 4-character groups, `=` may appear only as the last one or two characters, and
/// unused trailing bits must be zero. Callers remove line breaks first.
public enum Base64 {
    static let alphabet: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    static let decodeTable: [UInt8] = Base64URL.makeDecodeTable(alphabet)

    /// The padded base64 text of `bytes`.
    public static func encode<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var out: [UInt8] = []
        withMessageBytes(bytes) { input in
            out.reserveCapacity((input.count + 2) / 3 * 4)
            var index = 0
            while index < input.count {
                let remaining = min(3, input.count - index)
                var value: UInt32 = 0
                for offset in 0..<3 {
                    value = value << 8 | (offset < remaining ? UInt32(input[index + offset]) : 0)
                }
                for offset in 0..<4 {
                    if offset <= remaining {
                        out.append(alphabet[Int(value >> UInt32(18 - 6 * offset) & 63)])
                    } else {
                        out.append(UInt8(ascii: "="))
                    }
                }
                index += 3
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The bytes of padded base64 `text`.
    public static func decode(_ text: String, maxLength: Int = 16 << 20) throws(CodecError) -> [UInt8] {
        let bytes = Array(text.utf8)
        guard bytes.count <= maxLength else {
            throw .inputTooLong(encoding: "base64", length: bytes.count, limit: maxLength)
        }
        var padding = 0
        if bytes.last == UInt8(ascii: "=") { padding = 1 }
        if padding == 1 && bytes.count >= 2 && bytes[bytes.count - 2] == UInt8(ascii: "=") { padding = 2 }
        let body = bytes.count - padding
        if let misplaced = bytes[0..<body].firstIndex(of: UInt8(ascii: "=")) {
            throw .invalidPadding(encoding: "base64", offset: misplaced)
        }
        let decoded = try bytes.withUnsafeBytes { buffer in
            Result { () throws(CodecError) -> [UInt8] in
                try Base64URL.decode(UnsafeRawBufferPointer(rebasing: buffer[0..<body]), maxLength: maxLength,
                                     table: decodeTable, name: "base64")
            }
        }.get()
        // Checked after the characters, whose errors say more; padded base64 is whole groups of 4.
        guard bytes.count % 4 == 0 else { throw .invalidLength(encoding: "base64", length: bytes.count) }
        return decoded
    }
}
