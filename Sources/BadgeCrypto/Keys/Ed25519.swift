import COpenSSL

/// Ed25519 signatures (RFC 8032): JOSE `EdDSA`, Data Integrity eddsa-rdfc-2022 / eddsa-jcs-2022.
public enum Ed25519 {
    /// Bytes in a public key, in a private key seed, and half of a signature.
    public static let keyByteCount = 32
    /// Bytes in a signature.
    public static let signatureByteCount = 64

    /// An Ed25519 private key (the 32-byte seed of RFC 8032).
    public struct PrivateKey: Sendable {
        let key: EVPKey

        init(key: EVPKey) { self.key = key }

        /// A new random key.
        public init() throws(KeyError) {
            key = try KeyGeneration.ed25519()
        }

        /// The key with this 32-byte seed.
        public init(rawRepresentation seed: [UInt8]) throws(KeyError) {
            guard seed.count == Ed25519.keyByteCount else {
                throw .invalidLength(what: "Ed25519 private key seed", expected: "32", actual: seed.count)
            }
            let created = seed.withUnsafeBufferPointer {
                EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nil, $0.baseAddress, $0.count)
            }
            guard let created else { throw .openSSL("import an Ed25519 private key") }
            key = EVPKey(taking: created)
        }

        /// The 32-byte seed. Treat it as a secret.
        public var rawRepresentation: [UInt8] {
            key.rawPrivateKey(length: Ed25519.keyByteCount) ?? []
        }

        public var publicKey: PublicKey {
            // The raw public key always exists for an Ed25519 EVP_PKEY; an empty result would make
            // the public key fail every verification rather than crash.
            let raw = key.rawPublicKey(length: Ed25519.keyByteCount) ?? []
            return (try? PublicKey(rawRepresentation: raw)) ?? PublicKey(key: key)
        }

        /// The 64-byte signature of `message` (deterministic, as RFC 8032 defines it).
        public func signature<Message: Sequence>(for message: Message) throws(KeyError) -> [UInt8]
        where Message.Element == UInt8 {
            try withMessageBytes(message) { bytes in
                Result { () throws(KeyError) -> [UInt8] in try signature(forBytes: bytes) }
            }.get()
        }

        func signature(forBytes message: UnsafeRawBufferPointer) throws(KeyError) -> [UInt8] {
            let output = try makeBytes(capacity: Ed25519.signatureByteCount) { buffer in
                Result { () throws(KeyError) -> Int in
                    try EVPSignature.sign(key, digest: nil, message: message, into: buffer)
                }
            }
            guard output.count == Ed25519.signatureByteCount else {
                throw .openSSLFailure(operation: "sign with Ed25519", reason: "signature of \(output.count) bytes")
            }
            return output
        }
    }

    /// An Ed25519 public key (32 bytes).
    public struct PublicKey: Sendable, Equatable {
        let key: EVPKey

        init(key: EVPKey) { self.key = key }

        /// The key with these 32 bytes. Whether they decode to a curve point is checked when a
        /// signature is verified (OpenSSL rejects every signature for a non-point).
        public init(rawRepresentation raw: [UInt8]) throws(KeyError) {
            guard raw.count == Ed25519.keyByteCount else {
                throw .invalidLength(what: "Ed25519 public key", expected: "32", actual: raw.count)
            }
            let created = raw.withUnsafeBufferPointer {
                EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nil, $0.baseAddress, $0.count)
            }
            guard let created else { throw .openSSL("import an Ed25519 public key") }
            key = EVPKey(taking: created)
        }

        /// The 32 public key bytes.
        public var rawRepresentation: [UInt8] {
            key.rawPublicKey(length: Ed25519.keyByteCount) ?? []
        }

        /// True when `signature` is a valid 64-byte Ed25519 signature of `message` (RFC 8032 §5.1.7,
        /// including the check that S is below the group order).
        public func isValidSignature<Message: Sequence>(_ signature: [UInt8], for message: Message) -> Bool
        where Message.Element == UInt8 {
            signature.withUnsafeBytes { sig in
                withMessageBytes(message) { isValidSignature(sig, forBytes: $0) }
            }
        }

        func isValidSignature(_ signature: UnsafeRawBufferPointer, forBytes message: UnsafeRawBufferPointer) -> Bool {
            guard signature.count == Ed25519.signatureByteCount else { return false }
            return EVPSignature.verify(key, digest: nil, message: message, signature: signature)
        }

        public static func == (lhs: PublicKey, rhs: PublicKey) -> Bool { lhs.key.hasSamePublicKey(as: rhs.key) }
    }
}

extension EVPKey {
    /// The raw public key of an Ed25519 key, or nil.
    func rawPublicKey(length: Int) -> [UInt8]? {
        var out = [UInt8](repeating: 0, count: length)
        var written = length
        let ok = out.withUnsafeMutableBufferPointer { EVP_PKEY_get_raw_public_key(pointer, $0.baseAddress, &written) }
        guard ok == 1, written == length else {
            OpenSSLErrorQueue.clear()
            return nil
        }
        return out
    }

    /// The raw private key (seed) of an Ed25519 key, or nil.
    func rawPrivateKey(length: Int) -> [UInt8]? {
        var out = [UInt8](repeating: 0, count: length)
        var written = length
        let ok = out.withUnsafeMutableBufferPointer { EVP_PKEY_get_raw_private_key(pointer, $0.baseAddress, &written) }
        guard ok == 1, written == length else {
            OpenSSLErrorQueue.clear()
            return nil
        }
        return out
    }
}
