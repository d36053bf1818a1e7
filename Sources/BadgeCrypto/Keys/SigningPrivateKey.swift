/// A private key whose type is known only at run time (read from PEM, a JWK, a Multikey or
/// configuration): one case per key type, each holding the typed key.
public enum SigningPrivateKey: Sendable {
    case ed25519(Ed25519.PrivateKey)
    case p256(P256.PrivateKey)
    case p384(P384.PrivateKey)
    case rsa(RSA.PrivateKey)

    /// A new random key of `type`; RSA keys have `rsaBits` (2048, 3072 or 4096).
    public static func generate(_ type: KeyType, rsaBits: Int = 2048) throws(KeyError) -> SigningPrivateKey {
        switch type {
        case .ed25519: .ed25519(try Ed25519.PrivateKey())
        case .p256: .p256(try P256.PrivateKey())
        case .p384: .p384(try P384.PrivateKey())
        case .rsa: .rsa(try RSA.PrivateKey(bits: rsaBits))
        }
    }

    public var keyType: KeyType {
        switch self {
        case .ed25519: .ed25519
        case .p256: .p256
        case .p384: .p384
        case .rsa: .rsa
        }
    }

    /// The JWS algorithm this key signs with.
    public var jwsAlgorithm: JWSAlgorithm { keyType.jwsAlgorithm }

    public var publicKey: SigningPublicKey {
        switch self {
        case .ed25519(let key): .ed25519(key.publicKey)
        case .p256(let key): .p256(key.publicKey)
        case .p384(let key): .p384(key.publicKey)
        case .rsa(let key): .rsa(key.publicKey)
        }
    }

    /// The signature of `message` in the form JOSE and Data Integrity use: 64 bytes for Ed25519, r‖s
    /// for ECDSA (64 or 96 bytes), the modulus length for RSA.
    public func signature<Message: Sequence>(for message: Message) throws(KeyError) -> [UInt8]
    where Message.Element == UInt8 {
        try withMessageBytes(message) { bytes in
            Result { () throws(KeyError) -> [UInt8] in try signature(forBytes: bytes) }
        }.get()
    }

    func signature(forBytes message: UnsafeRawBufferPointer) throws(KeyError) -> [UInt8] {
        switch self {
        case .ed25519(let key): try key.signature(forBytes: message)
        case .p256(let key): try key.signature(forBytes: message)
        case .p384(let key): try key.signature(forBytes: message)
        case .rsa(let key): try key.signature(forBytes: message)
        }
    }

    var evpKey: EVPKey {
        switch self {
        case .ed25519(let key): key.key
        case .p256(let key): key.key
        case .p384(let key): key.key
        case .rsa(let key): key.key
        }
    }

    /// Wraps an OpenSSL key of one of Laurel's types (after PEM decoding).
    init(evpKey: EVPKey) throws(KeyError) {
        switch try evpKey.keyType() {
        case .ed25519: self = .ed25519(Ed25519.PrivateKey(key: evpKey))
        case .p256: self = .p256(P256.PrivateKey(key: evpKey))
        case .p384: self = .p384(P384.PrivateKey(key: evpKey))
        case .rsa:
            try evpKey.checkRSABounds()
            self = .rsa(RSA.PrivateKey(key: evpKey))
        }
    }
}

extension SigningPrivateKey: CustomStringConvertible {
    /// Names the type and the public key's thumbprint, never private material.
    public var description: String { "\(keyType) private key (JWK thumbprint \(publicKey.jwkThumbprint))" }
}
