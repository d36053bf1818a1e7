import COpenSSL

/// The operations P-256 and P-384 keys share; `P256` and `P384` are typed fronts over these.
enum ECKeyOperations {
    // MARK: Import

    /// A public key from an uncompressed (0x04‖x‖y) or compressed (0x02/0x03‖x) point. OpenSSL
    /// decodes the point and checks that it lies on the curve.
    static func publicKey(curve: ECCurve, point: [UInt8]) throws(KeyError) -> EVPKey {
        let size = curve.coordinateSize
        switch (point.first, point.count) {
        case (0x04, 1 + 2 * size), (0x02, 1 + size), (0x03, 1 + size):
            break
        case (0x04, _):
            throw .invalidLength(what: "\(curve.joseName) uncompressed point", expected: "\(1 + 2 * size)",
                                 actual: point.count)
        case (0x02, _), (0x03, _):
            throw .invalidLength(what: "\(curve.joseName) compressed point", expected: "\(1 + size)",
                                 actual: point.count)
        case (nil, _):
            throw .invalidPoint(curve: curve.joseName, reason: "the point encoding is empty")
        case (let prefix?, _):
            throw .invalidPoint(curve: curve.joseName,
                                reason: "prefix byte 0x\([prefix].hexString) (expected 0x02, 0x03 or 0x04)")
        }
        let key: EVPKey
        do {
            key = try KeyParameters.makeKey(
                algorithm: "EC", selection: laurel_evp_pkey_public_key(),
                entries: [(OSSL_PKEY_PARAM_GROUP_NAME, .utf8(curve.openSSLGroupName)),
                          (OSSL_PKEY_PARAM_PUB_KEY, .octets(point))],
                what: curve.joseName)
        } catch {
            throw .invalidPoint(curve: curve.joseName, reason: "the point is not on the curve")
        }
        guard key.passesCheck({ EVP_PKEY_public_check_quick($0) }) else {
            throw .invalidPoint(curve: curve.joseName, reason: "the point is not on the curve")
        }
        return key
    }

    /// A public key from its affine coordinates (each exactly `coordinateSize` bytes, as JWK requires).
    static func publicKey(curve: ECCurve, x: [UInt8], y: [UInt8]) throws(KeyError) -> EVPKey {
        try publicKey(curve: curve, point: [0x04] + x + y)
    }

    /// A private key from its scalar; the public point is computed from it.
    static func privateKey(curve: ECCurve, scalar: [UInt8]) throws(KeyError) -> EVPKey {
        guard scalar.count == curve.coordinateSize else {
            throw .invalidLength(what: "\(curve.joseName) private key", expected: "\(curve.coordinateSize)",
                                 actual: scalar.count)
        }
        let d = try BigNumber(bytes: scalar)
        let point = try publicPoint(curve: curve, scalar: d)
        return try KeyParameters.makeKey(
            algorithm: "EC", selection: laurel_evp_pkey_keypair(),
            entries: [(OSSL_PKEY_PARAM_GROUP_NAME, .utf8(curve.openSSLGroupName)),
                      (OSSL_PKEY_PARAM_PUB_KEY, .octets(point)),
                      (OSSL_PKEY_PARAM_PRIV_KEY, .number(d))],
            what: curve.joseName)
    }

    /// d × G, uncompressed; refuses d = 0 and d ≥ n.
    private static func publicPoint(curve: ECCurve, scalar d: BigNumber) throws(KeyError) -> [UInt8] {
        guard let group = EC_GROUP_new_by_curve_name(curve.nid) else { throw .openSSL("load the \(curve.joseName) group") }
        defer { EC_GROUP_free(group) }
        guard let order = EC_GROUP_get0_order(group) else { throw .openSSL("read the \(curve.joseName) order") }
        guard !d.isZero, BN_cmp(d.pointer, order) < 0 else { throw .invalidPrivateScalar(curve: curve.joseName) }
        guard let point = EC_POINT_new(group) else { throw .openSSL("allocate an EC point") }
        defer { EC_POINT_free(point) }
        guard EC_POINT_mul(group, point, d.pointer, nil, nil, nil) == 1 else {
            throw .openSSL("compute a \(curve.joseName) public key")
        }
        let length = 1 + 2 * curve.coordinateSize
        return try makeBytes(capacity: length) { buffer in
            let written = EC_POINT_point2oct(
                group, point, POINT_CONVERSION_UNCOMPRESSED,
                buffer.baseAddress?.assumingMemoryBound(to: UInt8.self), buffer.count, nil)
            return written == length ? .success(written) : .failure(.openSSL("encode a \(curve.joseName) point"))
        }
    }

    // MARK: Export

    /// The affine coordinates, each left-padded to `coordinateSize` bytes.
    static func coordinates(of key: EVPKey, curve: ECCurve) -> (x: [UInt8], y: [UInt8]) {
        let size = curve.coordinateSize
        guard let x = try? key.bigNumberParameter(OSSL_PKEY_PARAM_EC_PUB_X).bytes(paddedTo: size),
              let y = try? key.bigNumberParameter(OSSL_PKEY_PARAM_EC_PUB_Y).bytes(paddedTo: size)
        else {
            // A key built by this module always has a public point; zeros would fail every use.
            return ([UInt8](repeating: 0, count: size), [UInt8](repeating: 0, count: size))
        }
        return (x, y)
    }

    static func uncompressedPoint(of key: EVPKey, curve: ECCurve) -> [UInt8] {
        let (x, y) = coordinates(of: key, curve: curve)
        return [0x04] + x + y
    }

    /// 0x02 or 0x03 (the parity of y) followed by x.
    static func compressedPoint(of key: EVPKey, curve: ECCurve) -> [UInt8] {
        let (x, y) = coordinates(of: key, curve: curve)
        let parity = (y.last ?? 0) & 1
        return [0x02 | parity] + x
    }

    static func scalar(of key: EVPKey, curve: ECCurve) -> [UInt8] {
        (try? key.bigNumberParameter(OSSL_PKEY_PARAM_PRIV_KEY).bytes(paddedTo: curve.coordinateSize)) ?? []
    }

    // MARK: Signatures

    /// ECDSA with the curve's hash over `message`, as r‖s.
    static func sign(key: EVPKey, curve: ECCurve, message: UnsafeRawBufferPointer) throws(KeyError) -> [UInt8] {
        let capacity = ECDSASignatureFormat.maximumDERLength(coordinateSize: curve.coordinateSize)
        let raw = withUnsafeTemporaryAllocation(byteCount: max(capacity, key.maximumSignatureSize), alignment: 1) {
            der in
            Result { () throws(KeyError) -> [UInt8] in
                let length = try EVPSignature.sign(key, digest: curve.digest, message: message, into: der)
                let produced = UnsafeRawBufferPointer(rebasing: der[0..<length])
                guard let raw = ECDSASignatureFormat.raw(fromDER: produced, coordinateSize: curve.coordinateSize) else {
                    throw .openSSLFailure(operation: "sign with ECDSA \(curve.joseName)",
                                          reason: "unexpected signature encoding")
                }
                return raw
            }
        }
        return try raw.get()
    }

    /// True when the r‖s `signature` is valid for `message`. A signature of any other length (DER
    /// included) is refused before OpenSSL sees it; OpenSSL refuses r or s equal to zero or not below
    /// the group order.
    static func verify(key: EVPKey, curve: ECCurve, signature: UnsafeRawBufferPointer,
                       message: UnsafeRawBufferPointer) -> Bool
    {
        guard signature.count == 2 * curve.coordinateSize else { return false }
        let capacity = ECDSASignatureFormat.maximumDERLength(coordinateSize: curve.coordinateSize)
        return withUnsafeTemporaryAllocation(byteCount: capacity, alignment: 1) { der in
            guard let length = ECDSASignatureFormat.der(fromRaw: signature, coordinateSize: curve.coordinateSize,
                                                        into: der)
            else { return false }
            return EVPSignature.verify(key, digest: curve.digest, message: message,
                                       signature: UnsafeRawBufferPointer(rebasing: der[0..<length]))
        }
    }
}
