import COpenSSL

/// RSA signatures with PKCS#1 v1.5 padding and SHA-256: JOSE `RS256`, OB 2.0 signed assertions.
public enum RSA {
    /// The smallest modulus Laurel accepts, for signing and for verifying (RFC 7518 §3.3).
    public static let minimumModulusBits = 2048
    /// The largest modulus Laurel accepts: bounds the work a hostile key can cause.
    public static let maximumModulusBits = 16384
    /// The sizes `PrivateKey(bits:)` generates.
    public static let generatedSizes = [2048, 3072, 4096]

    /// The components of an RSA private key, big-endian unsigned integers (as in a JWK).
    public struct PrivateComponents: Sendable, Equatable {
        public var modulus: [UInt8]
        public var publicExponent: [UInt8]
        public var privateExponent: [UInt8]
        public var prime1: [UInt8]
        public var prime2: [UInt8]
        public var exponent1: [UInt8]
        public var exponent2: [UInt8]
        public var coefficient: [UInt8]

        public init(modulus: [UInt8], publicExponent: [UInt8], privateExponent: [UInt8], prime1: [UInt8],
                    prime2: [UInt8], exponent1: [UInt8], exponent2: [UInt8], coefficient: [UInt8])
        {
            self.modulus = modulus
            self.publicExponent = publicExponent
            self.privateExponent = privateExponent
            self.prime1 = prime1
            self.prime2 = prime2
            self.exponent1 = exponent1
            self.exponent2 = exponent2
            self.coefficient = coefficient
        }
    }

    /// An RSA private key with its CRT parameters.
    public struct PrivateKey: Sendable {
        let key: EVPKey

        init(key: EVPKey) { self.key = key }

        /// A new random key with public exponent 65537 and `bits` of 2048, 3072 or 4096.
        public init(bits: Int) throws(KeyError) {
            key = try KeyGeneration.rsa(bits: bits)
        }

        /// A key from its components. OpenSSL's pairwise check confirms that they belong together
        /// (n = p·q, d·e ≡ 1, the CRT values), so a tampered private JWK is refused.
        public init(components: PrivateComponents) throws(KeyError) {
            let n = try RSA.checkedModulus(components.modulus)
            let e = try RSA.checkedExponent(components.publicExponent)
            var entries: [(String, KeyParameters.Value)] = [(OSSL_PKEY_PARAM_RSA_N, .number(n)),
                                                             (OSSL_PKEY_PARAM_RSA_E, .number(e))]
            let rest: [(String, [UInt8], String)] = [
                (OSSL_PKEY_PARAM_RSA_D, components.privateExponent, "private exponent"),
                (RSAParameterName.factor1, components.prime1, "first prime"),
                (RSAParameterName.factor2, components.prime2, "second prime"),
                (RSAParameterName.exponent1, components.exponent1, "first CRT exponent"),
                (RSAParameterName.exponent2, components.exponent2, "second CRT exponent"),
                (RSAParameterName.coefficient1, components.coefficient, "CRT coefficient"),
            ]
            for (name, bytes, what) in rest {
                // No component can be longer than the modulus; this also bounds the work.
                guard !bytes.isEmpty, bytes.count <= components.modulus.count else {
                    throw .invalidLength(what: "RSA \(what)", expected: "1 to \(components.modulus.count)",
                                         actual: bytes.count)
                }
                entries.append((name, .number(try BigNumber(bytes: bytes))))
            }
            let created = try KeyParameters.makeKey(
                algorithm: "RSA", selection: laurel_evp_pkey_keypair(), entries: entries, what: "RSA")
            guard created.passesCheck({ EVP_PKEY_pairwise_check($0) }) else {
                throw .mismatchedKeyPair(detail: "the RSA private components are not consistent with n and e")
            }
            key = created
        }

        public var publicKey: PublicKey { PublicKey(key: key) }

        /// Modulus size in bits.
        public var bits: Int { key.bits }

        /// The private components (secret).
        public var components: PrivateComponents {
            func value(_ name: String) -> [UInt8] { (try? key.bigNumberParameter(name).minimalBytes) ?? [] }
            return PrivateComponents(
                modulus: value(OSSL_PKEY_PARAM_RSA_N), publicExponent: value(OSSL_PKEY_PARAM_RSA_E),
                privateExponent: value(OSSL_PKEY_PARAM_RSA_D), prime1: value(RSAParameterName.factor1),
                prime2: value(RSAParameterName.factor2), exponent1: value(RSAParameterName.exponent1),
                exponent2: value(RSAParameterName.exponent2), coefficient: value(RSAParameterName.coefficient1))
        }

        /// The RSASSA-PKCS1-v1_5 SHA-256 signature of `message` (as long as the modulus).
        public func signature<Message: Sequence>(for message: Message) throws(KeyError) -> [UInt8]
        where Message.Element == UInt8 {
            try withMessageBytes(message) { bytes in
                Result { () throws(KeyError) -> [UInt8] in try signature(forBytes: bytes) }
            }.get()
        }

        func signature(forBytes message: UnsafeRawBufferPointer) throws(KeyError) -> [UInt8] {
            try makeBytes(capacity: key.maximumSignatureSize) { buffer in
                Result { () throws(KeyError) -> Int in
                    try EVPSignature.sign(key, digest: MessageDigests.sha256, message: message, into: buffer)
                }
            }
        }
    }

    /// An RSA public key (n, e).
    public struct PublicKey: Sendable, Equatable {
        let key: EVPKey

        init(key: EVPKey) { self.key = key }

        /// The key with modulus `n` and public exponent `e` (big-endian unsigned). The modulus must
        /// have 2048 to 16384 bits; the exponent must be odd, at least 3 and at most 64 bits long.
        public init(modulus: [UInt8], exponent: [UInt8]) throws(KeyError) {
            let n = try RSA.checkedModulus(modulus)
            let e = try RSA.checkedExponent(exponent)
            key = try KeyParameters.makeKey(
                algorithm: "RSA", selection: laurel_evp_pkey_public_key(),
                entries: [(OSSL_PKEY_PARAM_RSA_N, .number(n)), (OSSL_PKEY_PARAM_RSA_E, .number(e))], what: "RSA")
        }

        /// Modulus size in bits.
        public var bits: Int { key.bits }

        /// The modulus, big-endian without leading zeros.
        public var modulus: [UInt8] { (try? key.bigNumberParameter(OSSL_PKEY_PARAM_RSA_N).minimalBytes) ?? [] }

        /// The public exponent, big-endian without leading zeros.
        public var exponent: [UInt8] { (try? key.bigNumberParameter(OSSL_PKEY_PARAM_RSA_E).minimalBytes) ?? [] }

        /// True when `signature` is a valid RSASSA-PKCS1-v1_5 SHA-256 signature of `message`. The
        /// signature must be exactly as long as the modulus.
        public func isValidSignature<Message: Sequence>(_ signature: [UInt8], for message: Message) -> Bool
        where Message.Element == UInt8 {
            signature.withUnsafeBytes { sig in
                withMessageBytes(message) { isValidSignature(sig, forBytes: $0) }
            }
        }

        func isValidSignature(_ signature: UnsafeRawBufferPointer, forBytes message: UnsafeRawBufferPointer) -> Bool {
            guard signature.count == key.maximumSignatureSize else { return false }
            return EVPSignature.verify(key, digest: MessageDigests.sha256, message: message, signature: signature)
        }

        public static func == (lhs: PublicKey, rhs: PublicKey) -> Bool { lhs.key.hasSamePublicKey(as: rhs.key) }
    }

    static func checkedModulus(_ bytes: [UInt8]) throws(KeyError) -> BigNumber {
        // Checked on the byte count first so that a huge input is refused before any conversion.
        guard bytes.count <= maximumModulusBits / 8 + 1 else {
            throw .rsaModulusTooLarge(bits: bytes.count * 8, maximum: maximumModulusBits)
        }
        let n = try BigNumber(bytes: bytes)
        guard n.bitCount >= minimumModulusBits else {
            throw .rsaModulusTooSmall(bits: n.bitCount, minimum: minimumModulusBits)
        }
        guard n.bitCount <= maximumModulusBits else {
            throw .rsaModulusTooLarge(bits: n.bitCount, maximum: maximumModulusBits)
        }
        return n
    }

    static func checkedExponent(_ bytes: [UInt8]) throws(KeyError) -> BigNumber {
        guard bytes.count <= 8 + (bytes.first == 0 ? 1 : 0) else {
            throw .rsaInvalidExponent(reason: "longer than 64 bits")
        }
        let e = try BigNumber(bytes: bytes)
        guard e.bitCount <= 64 else { throw .rsaInvalidExponent(reason: "longer than 64 bits") }
        guard e.bitCount >= 2, bytes.last.map({ $0 & 1 == 1 }) == true else {
            throw .rsaInvalidExponent(reason: "it must be odd and at least 3")
        }
        return e
    }
}

extension EVPKey {
    /// Refuses RSA keys outside Laurel's modulus bounds (after PEM decoding, where OpenSSL built the key).
    func checkRSABounds() throws(KeyError) {
        let bits = self.bits
        guard bits >= RSA.minimumModulusBits else { throw .rsaModulusTooSmall(bits: bits, minimum: RSA.minimumModulusBits) }
        guard bits <= RSA.maximumModulusBits else { throw .rsaModulusTooLarge(bits: bits, maximum: RSA.maximumModulusBits) }
    }
}

/// The CRT parameter names are macros that paste two string literals together, which Swift does not
/// import; they are spelled out here from their parts.
enum RSAParameterName {
    static let factor1 = OSSL_PKEY_PARAM_RSA_FACTOR + "1"
    static let factor2 = OSSL_PKEY_PARAM_RSA_FACTOR + "2"
    static let exponent1 = OSSL_PKEY_PARAM_RSA_EXPONENT + "1"
    static let exponent2 = OSSL_PKEY_PARAM_RSA_EXPONENT + "2"
    static let coefficient1 = OSSL_PKEY_PARAM_RSA_COEFFICIENT + "1"
}
