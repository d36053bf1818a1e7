/// Multikey (W3C Controlled Identifiers): multibase base58btc of a multicodec prefix and the key bytes.
/// Public keys: Ed25519 (0xed, 32 bytes), P-256 (0x1200) and P-384 (0x1201) as compressed points.
/// Secret keys: 0x1300 Ed25519 seed, 0x1306 / 0x1307 EC scalars.
public enum Multikey {
    /// The longest Multikey text accepted (a P-384 secret key is about 70 characters).
    public static let maxLength = 256

    /// `z…` for a public key; RSA has no Multikey form here.
    public static func encode(_ key: SigningPublicKey) throws(MultikeyError) -> String {
        guard let codec = Multicodec.publicCodec(for: key.keyType) else { throw .unsupportedKeyType(key.keyType) }
        let bytes: [UInt8]
        switch key {
        case .ed25519(let key): bytes = key.rawRepresentation
        case .p256(let key): bytes = key.compressedRepresentation
        case .p384(let key): bytes = key.compressedRepresentation
        case .rsa: throw .unsupportedKeyType(.rsa)
        }
        return Multibase.base58btc.encode(codec.prefix + bytes)
    }

    /// `z…` for a secret key; RSA has no Multikey form here.
    public static func encode(_ key: SigningPrivateKey) throws(MultikeyError) -> String {
        guard let codec = Multicodec.privateCodec(for: key.keyType) else { throw .unsupportedKeyType(key.keyType) }
        let bytes: [UInt8]
        switch key {
        case .ed25519(let key): bytes = key.rawRepresentation
        case .p256(let key): bytes = key.rawRepresentation
        case .p384(let key): bytes = key.rawRepresentation
        case .rsa: throw .unsupportedKeyType(.rsa)
        }
        return Multibase.base58btc.encode(codec.prefix + bytes)
    }

    /// The public key in a `publicKeyMultibase` value.
    public static func decodePublicKey(_ text: String) throws(MultikeyError) -> SigningPublicKey {
        let (codec, bytes) = try decode(text)
        guard !codec.isPrivate else { throw .wrongKeyKind(expected: "public", found: "private (\(codec.name))") }
        do throws(KeyError) {
            switch codec {
            case .p256Public: return .p256(try P256.PublicKey(compressedRepresentation: bytes))
            case .p384Public: return .p384(try P384.PublicKey(compressedRepresentation: bytes))
            default: return .ed25519(try Ed25519.PublicKey(rawRepresentation: bytes))
            }
        } catch {
            throw .invalidKey(error)
        }
    }

    /// The secret key in a `secretKeyMultibase` (or `privateKeyMultibase`) value.
    public static func decodePrivateKey(_ text: String) throws(MultikeyError) -> SigningPrivateKey {
        let (codec, bytes) = try decode(text)
        guard codec.isPrivate else { throw .wrongKeyKind(expected: "private", found: "public (\(codec.name))") }
        do throws(KeyError) {
            switch codec {
            case .p256Private: return .p256(try P256.PrivateKey(rawRepresentation: bytes))
            case .p384Private: return .p384(try P384.PrivateKey(rawRepresentation: bytes))
            default: return .ed25519(try Ed25519.PrivateKey(rawRepresentation: bytes))
            }
        } catch {
            throw .invalidKey(error)
        }
    }

    /// The codec and key bytes of a Multikey value, with the length checked against the codec.
    static func decode(_ text: String) throws(MultikeyError) -> (Multicodec, [UInt8]) {
        guard let first = text.unicodeScalars.first else { throw .encoding(.empty(encoding: "multibase")) }
        guard first == "z" else { throw .notBase58btc(prefix: String(first)) }
        let bytes: [UInt8]
        do {
            bytes = try Multibase.decode(text, maxLength: maxLength).bytes
        } catch {
            throw .encoding(error)
        }
        let code: UInt64
        let prefixLength: Int
        do {
            (code, prefixLength) = try UnsignedVarint.decode(bytes)
        } catch {
            throw .encoding(error)
        }
        guard let codec = Multicodec(rawValue: code) else { throw .unsupportedCodec(code) }
        let keyBytes = Array(bytes[prefixLength...])
        guard keyBytes.count == codec.keyLength else {
            throw .invalidLength(codec: codec.name, expected: codec.keyLength, actual: keyBytes.count)
        }
        return (codec, keyBytes)
    }
}

extension SigningPublicKey {
    /// The Multikey (`publicKeyMultibase`) text of this key.
    public func multikey() throws(MultikeyError) -> String { try Multikey.encode(self) }
}

extension SigningPrivateKey {
    /// The Multikey (`secretKeyMultibase`) text of this key. Treat it as a secret.
    public func multikey() throws(MultikeyError) -> String { try Multikey.encode(self) }
}
