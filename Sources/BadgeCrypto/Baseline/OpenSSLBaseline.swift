import COpenSSL

/// The bare OpenSSL signature primitive, timed in-process, as the yardstick of `laurel bench`.
///
/// Each iteration is the plain EVP sequence a C program would write — `EVP_MD_CTX_new`,
/// `EVP_DigestSignInit` / `EVP_DigestVerifyInit` with a digest fetched once, `EVP_DigestSign` /
/// `EVP_DigestVerify`, `EVP_MD_CTX_free` — on the key's `EVP_PKEY`, into a buffer allocated once, with
/// no Laurel code on the path. ECDSA is measured with OpenSSL's native DER signatures (no r‖s
/// conversion). A benchmark reports Laurel's rate divided by this rate, a ratio that survives a
/// noisy machine.
public enum OpenSSLBaseline {
    /// One timed run.
    public struct Measurement: Sendable, Equatable {
        /// `openssl-ed25519-sign`, `openssl-p256-verify`, `openssl-rsa2048-sign`, ...
        public let name: String
        public let iterations: Int
        public let seconds: Double

        /// Operations per second.
        public var perSecond: Double { seconds > 0 ? Double(iterations) / seconds : 0 }
    }

    /// The baseline's name for `operation` ("sign" or "verify") with keys like `key`.
    public static func name(for keyType: KeyType, bits: Int, operation: String) -> String {
        switch keyType {
        case .ed25519: "openssl-ed25519-\(operation)"
        case .p256: "openssl-p256-\(operation)"
        case .p384: "openssl-p384-\(operation)"
        case .rsa: "openssl-rsa\(bits)-\(operation)"
        }
    }

    /// Times `iterations` signatures of `message` with `key`.
    public static func measureSigning(key: SigningPrivateKey, message: [UInt8], iterations: Int) throws(KeyError)
        -> Measurement
    {
        let pkey = key.evpKey.pointer
        let digest = MessageDigests.forSignature(key.keyType)
        var signature = [UInt8](repeating: 0, count: key.evpKey.maximumSignatureSize)
        let clock = ContinuousClock()
        var failed = false
        let elapsed = signature.withUnsafeMutableBufferPointer { output in
            message.withUnsafeBufferPointer { input in
                clock.measure {
                    for _ in 0..<max(iterations, 0) {
                        let context = EVP_MD_CTX_new()
                        var length = output.count
                        if EVP_DigestSignInit(context, nil, digest, nil, pkey) != 1
                            || EVP_DigestSign(context, output.baseAddress, &length, input.baseAddress, input.count) != 1
                        {
                            failed = true
                        }
                        EVP_MD_CTX_free(context)
                    }
                }
            }
        }
        if failed { throw .openSSL("sign in the baseline loop") }
        return Measurement(name: name(for: key.keyType, bits: key.evpKey.bits, operation: "sign"),
                           iterations: iterations, seconds: seconds(elapsed))
    }

    /// Times `iterations` verifications of one signature of `message` made with `key` (in
    /// OpenSSL's own signature format), using the key's public half.
    public static func measureVerification(key: SigningPrivateKey, message: [UInt8], iterations: Int)
        throws(KeyError) -> Measurement
    {
        // The public key object must outlive the loop: for Ed25519 it is a separate EVP_PKEY.
        let publicKeyOwner = key.publicKey.evpKey
        let digest = MessageDigests.forSignature(key.keyType)
        let signature = try message.withUnsafeBytes { input in
            makeNativeSignature(key: key, digest: digest, message: input)
        }.get()
        let clock = ContinuousClock()
        var failed = false
        let elapsed = withExtendedLifetime(publicKeyOwner) {
            signature.withUnsafeBufferPointer { sig in
                message.withUnsafeBufferPointer { input in
                    clock.measure {
                        for _ in 0..<max(iterations, 0) {
                            let context = EVP_MD_CTX_new()
                            if EVP_DigestVerifyInit(context, nil, digest, nil, publicKeyOwner.pointer) != 1
                                || EVP_DigestVerify(context, sig.baseAddress, sig.count, input.baseAddress, input.count) != 1
                            {
                                failed = true
                            }
                            EVP_MD_CTX_free(context)
                        }
                    }
                }
            }
        }
        if failed { throw .openSSL("verify in the baseline loop") }
        return Measurement(name: name(for: key.keyType, bits: key.evpKey.bits, operation: "verify"),
                           iterations: iterations, seconds: seconds(elapsed))
    }

    private static func makeNativeSignature(key: SigningPrivateKey, digest: OpaquePointer?,
                                            message: UnsafeRawBufferPointer) -> Result<[UInt8], KeyError>
    {
        Result { () throws(KeyError) -> [UInt8] in
            try makeBytes(capacity: key.evpKey.maximumSignatureSize) { buffer in
                Result { () throws(KeyError) -> Int in
                    try EVPSignature.sign(key.evpKey, digest: digest, message: message, into: buffer)
                }
            }
        }
    }

    private static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }
}
