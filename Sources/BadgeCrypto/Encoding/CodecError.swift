/// Why text could not be decoded as base64url, base64, base58btc, multibase or a varint. Offsets are
/// 0-based positions in the input (characters for text encodings, bytes for varints).
public enum CodecError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A byte outside the encoding's alphabet.
    case invalidCharacter(encoding: String, character: String, offset: Int)
    /// `=` in base64url, which Laurel (like JOSE) writes without padding.
    case paddingNotAllowed(encoding: String, offset: Int)
    /// Missing, misplaced or excess `=` in standard base64.
    case invalidPadding(encoding: String, offset: Int)
    /// A length no encoding of whole bytes can have (one character past a group of four).
    case invalidLength(encoding: String, length: Int)
    /// The last character carries bits beyond the data, and they are not zero: some other text decodes
    /// to the same bytes, so accepting it would let two different strings carry one signature.
    case nonCanonicalTrailingBits(encoding: String, offset: Int)
    /// Input longer than the caller's limit.
    case inputTooLong(encoding: String, length: Int, limit: Int)
    /// The input is empty where a value was required.
    case empty(encoding: String)
    /// A multibase prefix Laurel does not decode (only `z` base58btc and `u` base64url).
    case unsupportedMultibasePrefix(String)
    /// A malformed unsigned varint (truncated, longer than 9 bytes, or not minimally encoded).
    case invalidVarint(reason: String, offset: Int)

    public var description: String {
        switch self {
        case .invalidCharacter(let encoding, let character, let offset):
            "invalid \(encoding) character \(character) at offset \(offset)"
        case .paddingNotAllowed(let encoding, let offset):
            "\(encoding) must not be padded, found '=' at offset \(offset)"
        case .invalidPadding(let encoding, let offset):
            "invalid \(encoding) padding at offset \(offset)"
        case .invalidLength(let encoding, let length):
            "\(length) characters cannot be \(encoding) (a group of 4 cannot end with a single character)"
        case .nonCanonicalTrailingBits(let encoding, let offset):
            "non-canonical \(encoding): the character at offset \(offset) has non-zero unused low bits"
        case .inputTooLong(let encoding, let length, let limit):
            "\(encoding) input of \(length) characters exceeds the limit of \(limit)"
        case .empty(let encoding):
            "empty \(encoding) value"
        case .unsupportedMultibasePrefix(let prefix):
            "unsupported multibase prefix '\(prefix)' (Laurel reads 'z' base58btc and 'u' base64url)"
        case .invalidVarint(let reason, let offset):
            "invalid unsigned varint at byte \(offset): \(reason)"
        }
    }

    /// A printable rendering of an offending byte.
    static func describe(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "0x\([byte].hexString)"
    }

    /// The same error with its offset moved by `delta` (when the decoded text was part of a longer one).
    func shifted(by delta: Int) -> CodecError {
        switch self {
        case .invalidCharacter(let encoding, let character, let offset):
            .invalidCharacter(encoding: encoding, character: character, offset: offset + delta)
        case .paddingNotAllowed(let encoding, let offset): .paddingNotAllowed(encoding: encoding, offset: offset + delta)
        case .invalidPadding(let encoding, let offset): .invalidPadding(encoding: encoding, offset: offset + delta)
        case .nonCanonicalTrailingBits(let encoding, let offset):
            .nonCanonicalTrailingBits(encoding: encoding, offset: offset + delta)
        default: self
        }
    }
}
