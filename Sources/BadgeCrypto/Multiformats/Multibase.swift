/// Multibase: a one-character prefix naming the base of the text that follows. Laurel writes and
/// reads the two bases Data Integrity uses.
public enum Multibase: Sendable, Equatable {
    /// `z`: base58btc (Multikey, did:key, proof values).
    case base58btc
    /// `u`: base64url without padding.
    case base64url

    public var prefix: Character {
        switch self {
        case .base58btc: "z"
        case .base64url: "u"
        }
    }

    /// The prefixed text of `bytes`.
    public func encode<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        switch self {
        case .base58btc: "z" + Base58.encode(bytes)
        case .base64url: "u" + Base64URL.encode(bytes)
        }
    }

    /// The base and bytes of multibase `text`.
    public static func decode(_ text: String, maxLength: Int = Base58.defaultMaxLength) throws(CodecError)
        -> (base: Multibase, bytes: [UInt8])
    {
        guard let first = text.unicodeScalars.first else { throw .empty(encoding: "multibase") }
        guard text.utf8.count <= maxLength else {
            throw .inputTooLong(encoding: "multibase", length: text.utf8.count, limit: maxLength)
        }
        let rest = String(text.unicodeScalars.dropFirst())
        // Offsets in errors count from the start of the multibase text, prefix included.
        do throws(CodecError) {
            switch first {
            case "z": return (.base58btc, try Base58.decode(rest, maxLength: maxLength))
            case "u": return (.base64url, try Base64URL.decode(rest, maxLength: maxLength))
            default: throw CodecError.unsupportedMultibasePrefix(String(first))
            }
        } catch {
            throw error.shifted(by: 1)
        }
    }
}
