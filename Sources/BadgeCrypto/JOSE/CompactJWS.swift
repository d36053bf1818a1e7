import LaurelJSON

/// A parsed compact JWS (RFC 7515 §7.1) whose header has passed Laurel's checks; its signature is not
/// yet verified. Parse it to read `kid` or `iss` for key resolution, then call `verify(with:)`.
///
/// Everything is read from the original base64url text, which is never re-encoded: the signing
/// input is exactly the bytes that were signed.
public struct CompactJWS: Sendable {
    /// The allowed algorithm named by the header.
    public let algorithm: JWSAlgorithm
    /// The decoded protected header.
    public let header: JSONObject
    /// The protected header's bytes as they were signed (before JSON parsing).
    public let headerBytes: [UInt8]
    /// The decoded payload.
    public let payload: [UInt8]
    /// The decoded signature.
    public let signature: [UInt8]
    /// The ASCII signing input: the header and payload segments and the dot between them.
    public let signingInput: [UInt8]

    /// `kid` from the header, when present.
    public var keyID: String? { header["kid"]?.stringValue }
    /// `typ` from the header, when present.
    public var type: String? { header["typ"]?.stringValue }

    /// Parses and checks `compact` (see `JWSError` for every refusal).
    public static func parse(_ compact: String, limits: JWSLimits = .default) throws(JWSError) -> CompactJWS {
        var text = compact
        return try text.withUTF8 { buffer in
            Result { () throws(JWSError) -> CompactJWS in try parse(UnsafeRawBufferPointer(buffer), limits: limits) }
        }.get()
    }

    /// Parses and checks the ASCII bytes of a compact JWS.
    public static func parse(_ bytes: [UInt8], limits: JWSLimits = .default) throws(JWSError) -> CompactJWS {
        try bytes.withUnsafeBytes { buffer in
            Result { () throws(JWSError) -> CompactJWS in try parse(buffer, limits: limits) }
        }.get()
    }

    static func parse(_ input: UnsafeRawBufferPointer, limits: JWSLimits) throws(JWSError) -> CompactJWS {
        let maxHeaderText = Base64URL.encodedLength(of: limits.maxHeaderBytes)
        let maxPayloadText = Base64URL.encodedLength(of: limits.maxPayloadBytes)
        let maxSignatureText = Base64URL.encodedLength(of: JWSLimits.maxSignatureBytes)
        let maxLength = maxHeaderText + maxPayloadText + maxSignatureText + 2
        guard input.count <= maxLength else {
            throw .tooLarge(what: "compact serialization", size: input.count, limit: maxLength)
        }
        var dots: [Int] = []
        for index in 0..<input.count where input[index] == UInt8(ascii: ".") {
            dots.append(index)
            if dots.count > 4 { break }
        }
        guard dots.count == 2 else {
            // A string without dots counts as one segment; more than five are reported as "at least".
            throw .wrongSegmentCount(input.isEmpty ? 0 : dots.count + 1)
        }
        let headerText = UnsafeRawBufferPointer(rebasing: input[0..<dots[0]])
        let payloadText = UnsafeRawBufferPointer(rebasing: input[(dots[0] + 1)..<dots[1]])
        let signatureText = UnsafeRawBufferPointer(rebasing: input[(dots[1] + 1)...])

        guard headerText.count <= maxHeaderText else {
            throw .tooLarge(what: "protected header", size: headerText.count * 3 / 4, limit: limits.maxHeaderBytes)
        }
        let headerBytes: [UInt8]
        do { headerBytes = try Base64URL.decode(headerText) } catch { throw .invalidBase64URL(segment: .header, error) }
        let headerJSON: JSON
        do {
            headerJSON = try JSON.parse(headerBytes, limits: JSONParser.Limits(maxBytes: limits.maxHeaderBytes, maxDepth: 16))
        } catch {
            throw .headerNotJSON(error)
        }
        guard case .object(let header) = headerJSON else { throw .headerNotObject(found: headerJSON.kindName) }
        let algorithm = try JWSHeaderRules.algorithm(of: header)
        try JWSHeaderRules.checkMembers(of: header)

        guard payloadText.count <= maxPayloadText else {
            throw .tooLarge(what: "payload", size: payloadText.count * 3 / 4, limit: limits.maxPayloadBytes)
        }
        let payload: [UInt8]
        do { payload = try Base64URL.decode(payloadText) } catch { throw .invalidBase64URL(segment: .payload, error) }

        guard signatureText.count <= maxSignatureText else {
            throw .tooLarge(what: "signature", size: signatureText.count * 3 / 4, limit: JWSLimits.maxSignatureBytes)
        }
        let signature: [UInt8]
        do {
            signature = try Base64URL.decode(signatureText)
        } catch {
            throw .invalidBase64URL(segment: .signature, error)
        }
        if let expected = algorithm.fixedSignatureLength, signature.count != expected {
            if algorithm != .edDSA && ECDSASignatureFormat.looksLikeDER(signature) {
                throw .signatureIsDER(algorithm: algorithm)
            }
            throw .invalidSignatureLength(algorithm: algorithm, expected: expected, actual: signature.count)
        }
        return CompactJWS(
            algorithm: algorithm, header: header, headerBytes: headerBytes, payload: payload, signature: signature,
            signingInput: Array(UnsafeRawBufferPointer(rebasing: input[0..<dots[1]])))
    }

    /// Verifies the signature with `key`; throws `signatureInvalid` when it does not verify, and a
    /// more specific error when the key cannot be used with the header's algorithm.
    public func verify(with key: SigningPublicKey) throws(JWSError) {
        guard key.keyType == algorithm.keyType else {
            throw .algorithmKeyMismatch(algorithm: algorithm, keyType: key.keyType)
        }
        if case .rsa(let rsa) = key {
            guard rsa.bits >= RSA.minimumModulusBits else {
                throw .keyTooSmall(bits: rsa.bits, minimum: RSA.minimumModulusBits)
            }
            let expected = (rsa.bits + 7) / 8
            guard signature.count == expected else {
                throw .invalidSignatureLength(algorithm: algorithm, expected: expected, actual: signature.count)
            }
        }
        let valid = signature.withUnsafeBytes { signatureBytes in
            signingInput.withUnsafeBytes { key.isValidSignature(signatureBytes, forBytes: $0) }
        }
        guard valid else { throw .signatureInvalid }
    }

    /// Verifies with the key of `jwk` after checking that its `use`, `key_ops` and `alg` allow
    /// verification with this JWS's algorithm.
    public func verify(with jwk: JWK) throws(JWSError) {
        do {
            try jwk.checkPermitted(operation: "verify", algorithm: algorithm)
        } catch {
            throw .keyNotPermitted(error)
        }
        try verify(with: jwk.publicKey)
    }
}
