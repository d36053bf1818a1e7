/// A public key whose type is known only at run time (from a JWK, PEM, Multikey or did:key).
public enum SigningPublicKey: Sendable, Equatable {
    case ed25519(Ed25519.PublicKey)
    case p256(P256.PublicKey)
    case p384(P384.PublicKey)
    case rsa(RSA.PublicKey)

    public var keyType: KeyType {
        switch self {
        case .ed25519: .ed25519
        case .p256: .p256
        case .p384: .p384
        case .rsa: .rsa
        }
    }

    /// The JWS algorithm used with this key.
    public var jwsAlgorithm: JWSAlgorithm { keyType.jwsAlgorithm }

    /// True when `signature` (in the JOSE / Data Integrity form: r‖s for ECDSA) is valid for `message`.
    public func isValidSignature<Message: Sequence>(_ signature: [UInt8], for message: Message) -> Bool
    where Message.Element == UInt8 {
        signature.withUnsafeBytes { sig in
            withMessageBytes(message) { isValidSignature(sig, forBytes: $0) }
        }
    }

    func isValidSignature(_ signature: UnsafeRawBufferPointer, forBytes message: UnsafeRawBufferPointer) -> Bool {
        switch self {
        case .ed25519(let key): key.isValidSignature(signature, forBytes: message)
        case .p256(let key): key.isValidSignature(signature, forBytes: message)
        case .p384(let key): key.isValidSignature(signature, forBytes: message)
        case .rsa(let key): key.isValidSignature(signature, forBytes: message)
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

    /// Modulus bits for RSA; the curve size otherwise.
    public var bits: Int { evpKey.bits }

    /// Wraps an OpenSSL key of one of Laurel's types (after PEM decoding); EC points are checked.
    init(evpKey: EVPKey) throws(KeyError) {
        switch try evpKey.keyType() {
        case .ed25519: self = .ed25519(Ed25519.PublicKey(key: evpKey))
        case .p256: self = .p256(P256.PublicKey(key: evpKey))
        case .p384: self = .p384(P384.PublicKey(key: evpKey))
        case .rsa:
            try evpKey.checkRSABounds()
            self = .rsa(RSA.PublicKey(key: evpKey))
        }
    }
}

extension SigningPublicKey: CustomStringConvertible {
    public var description: String { "\(keyType) public key (JWK thumbprint \(jwkThumbprint))" }
}
