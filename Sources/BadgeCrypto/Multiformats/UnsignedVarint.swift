/// The multiformats unsigned varint: 7 bits per byte, least significant group first, the top bit set
/// on every byte but the last. At most 9 bytes (63 bits), and minimally encoded.
public enum UnsignedVarint {
    public static let maximumLength = 9

    public static func encode(_ value: UInt64) -> [UInt8] {
        var value = value
        var out: [UInt8] = []
        repeat {
            var byte = UInt8(value & 0x7F)
            value >>= 7
            if value != 0 { byte |= 0x80 }
            out.append(byte)
        } while value != 0
        return out
    }

    /// The value at the start of `bytes` and how many bytes it took.
    public static func decode<Bytes: Collection>(_ bytes: Bytes) throws(CodecError) -> (value: UInt64, length: Int)
    where Bytes.Element == UInt8 {
        var value: UInt64 = 0
        var length = 0
        for byte in bytes {
            guard length < maximumLength else {
                throw .invalidVarint(reason: "longer than \(maximumLength) bytes", offset: length)
            }
            value |= UInt64(byte & 0x7F) << UInt64(7 * length)
            length += 1
            if byte & 0x80 == 0 {
                // A final 0x00 after other bytes adds nothing: a second, longer spelling of the value.
                guard byte != 0 || length == 1 else {
                    throw .invalidVarint(reason: "not minimally encoded", offset: length - 1)
                }
                return (value, length)
            }
        }
        throw .invalidVarint(reason: length == 0 ? "no bytes" : "truncated", offset: length)
    }
}
