/// Base58 with the Bitcoin alphabet (base58btc), as multibase `z` uses it: each leading zero byte is
/// one leading '1', and the rest is the big-endian number in base 58.
///
/// The conversion is quadratic in the length, so decoding takes a length limit; keys, did:key
/// identifiers and signatures are all far below the default.
public enum Base58 {
    static let alphabet: [UInt8] = Array("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".utf8)
    static let decodeTable: [UInt8] = Base64URL.makeDecodeTable(alphabet)

    /// The default longest input `decode` accepts, in characters.
    public static let defaultMaxLength = 1024

    /// The base58btc text of `bytes`.
    public static func encode<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        let input = Array(bytes)
        let zeros = input.prefix { $0 == 0 }.count
        // log(256) / log(58) ≈ 1.366: enough base-58 digits for the number.
        var digits = [UInt8](repeating: 0, count: (input.count - zeros) * 138 / 100 + 1)
        var used = 0
        for byte in input[zeros...] {
            var carry = UInt32(byte)
            var index = 0
            while index < used || carry != 0 {
                if index < used { carry += UInt32(digits[index]) << 8 }
                digits[index] = UInt8(carry % 58)
                carry /= 58
                index += 1
            }
            used = index
        }
        var out = [UInt8](repeating: alphabet[0], count: zeros)
        out.reserveCapacity(zeros + used)
        for index in stride(from: used - 1, through: 0, by: -1) { out.append(alphabet[Int(digits[index])]) }
        return String(decoding: out, as: UTF8.self)
    }

    /// The bytes of base58btc `text`; refuses characters outside the alphabet (0, O, I, l and all
    /// non-alphanumerics) and input longer than `maxLength`.
    public static func decode(_ text: String, maxLength: Int = defaultMaxLength) throws(CodecError) -> [UInt8] {
        let input = Array(text.utf8)
        guard input.count <= maxLength else {
            throw .inputTooLong(encoding: "base58btc", length: input.count, limit: maxLength)
        }
        let ones = input.prefix { $0 == alphabet[0] }.count
        // log(58) / log(256) ≈ 0.733.
        var bytes = [UInt8](repeating: 0, count: (input.count - ones) * 733 / 1000 + 1)
        var used = 0
        for (offset, character) in input.enumerated().dropFirst(ones) {
            let digit = decodeTable[Int(character)]
            guard digit != 0xFF else {
                throw .invalidCharacter(encoding: "base58btc", character: CodecError.describe(character), offset: offset)
            }
            var carry = UInt32(digit)
            var index = 0
            while index < used || carry != 0 {
                if index < used { carry += UInt32(bytes[index]) * 58 }
                bytes[index] = UInt8(carry & 0xFF)
                carry >>= 8
                index += 1
            }
            used = index
        }
        return [UInt8](repeating: 0, count: ones) + bytes[0..<used].reversed()
    }
}
