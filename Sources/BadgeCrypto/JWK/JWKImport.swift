/// Builds keys from JWK members (RFC 7518 §6.2 EC, §6.3 RSA; RFC 8037 §2 OKP).
enum JWKImport {
    static func material(from reader: JWKReader) throws(JWKError) -> JWK.Material {
        let kty = try reader.string("kty")
        switch kty {
        case "OKP": return try okp(reader)
        case "EC": return try ec(reader)
        case "RSA": return try rsa(reader)
        default: throw .unsupportedKeyType(kty)
        }
    }

    private static func okp(_ reader: JWKReader) throws(JWKError) -> JWK.Material {
        let crv = try reader.string("crv")
        guard crv == "Ed25519" else { throw .unsupportedCurve(crv) }
        let x = try reader.bytes("x", length: Ed25519.keyByteCount)
        let publicKey: Ed25519.PublicKey
        do { publicKey = try Ed25519.PublicKey(rawRepresentation: x) } catch { throw .invalidKey(member: "x", error) }
        guard reader.has("d") else { return .publicKey(.ed25519(publicKey)) }
        let d = try reader.bytes("d", length: Ed25519.keyByteCount)
        let privateKey: Ed25519.PrivateKey
        do { privateKey = try Ed25519.PrivateKey(rawRepresentation: d) } catch { throw .invalidKey(member: "d", error) }
        guard privateKey.publicKey == publicKey else { throw .privateKeyMismatch(member: "d") }
        return .privateKey(.ed25519(privateKey))
    }

    private static func ec(_ reader: JWKReader) throws(JWKError) -> JWK.Material {
        let crv = try reader.string("crv")
        let curve: ECCurve
        switch crv {
        case "P-256": curve = .p256
        case "P-384": curve = .p384
        default: throw .unsupportedCurve(crv)
        }
        let size = curve.coordinateSize
        let x = try reader.bytes("x", length: size)
        let y = try reader.bytes("y", length: size)
        let publicKey: EVPKey
        do {
            publicKey = try ECKeyOperations.publicKey(curve: curve, x: x, y: y)
        } catch {
            throw .invalidKey(member: "x", error)
        }
        guard reader.has("d") else {
            return .publicKey(curve == .p256 ? .p256(P256.PublicKey(key: publicKey)) : .p384(P384.PublicKey(key: publicKey)))
        }
        let d = try reader.bytes("d", length: size)
        let privateKey: EVPKey
        do {
            privateKey = try ECKeyOperations.privateKey(curve: curve, scalar: d)
        } catch {
            throw .invalidKey(member: "d", error)
        }
        guard privateKey.hasSamePublicKey(as: publicKey) else { throw .privateKeyMismatch(member: "d") }
        return .privateKey(curve == .p256 ? .p256(P256.PrivateKey(key: privateKey)) : .p384(P384.PrivateKey(key: privateKey)))
    }

    private static func rsa(_ reader: JWKReader) throws(JWKError) -> JWK.Material {
        let n = try reader.integer("n")
        let e = try reader.integer("e")
        let publicKey: RSA.PublicKey
        do {
            publicKey = try RSA.PublicKey(modulus: n, exponent: e)
        } catch {
            if case .rsaInvalidExponent = error { throw .invalidKey(member: "e", error) }
            throw .invalidKey(member: "n", error)
        }
        guard reader.has("d") else {
            for member in ["p", "q", "dp", "dq", "qi", "oth"] where reader.has(member) {
                throw .missingMember("d")
            }
            return .publicKey(.rsa(publicKey))
        }
        guard !reader.has("oth") else { throw .multiPrimeNotSupported }
        let crtMembers = ["p", "q", "dp", "dq", "qi"]
        let missing = crtMembers.filter { !reader.has($0) }
        guard missing.isEmpty else { throw .missingCRTParameters(missing) }
        let components = RSA.PrivateComponents(
            modulus: n, publicExponent: e, privateExponent: try reader.integer("d"),
            prime1: try reader.integer("p"), prime2: try reader.integer("q"),
            exponent1: try reader.integer("dp"), exponent2: try reader.integer("dq"),
            coefficient: try reader.integer("qi"))
        do {
            return .privateKey(.rsa(try RSA.PrivateKey(components: components)))
        } catch {
            if case .mismatchedKeyPair = error { throw .privateKeyMismatch(member: "d") }
            throw .invalidKey(member: "d", error)
        }
    }
}
