/// How an exported private key is protected: PKCS#8 `EncryptedPrivateKeyInfo` with PBES2 and
/// AES-256-CBC, the key derived from the passphrase with PBKDF2-HMAC-SHA-256 or scrypt.
public enum PrivateKeyEncryption: Sendable, Equatable {
    case pbkdf2(iterations: Int)
    case scrypt(n: UInt64, r: UInt64, p: UInt64)

    /// PBKDF2-HMAC-SHA-256 with 600,000 iterations (the current OWASP recommendation).
    public static let `default` = PrivateKeyEncryption.pbkdf2(iterations: 600_000)

    /// scrypt with N = 2^14, r = 8, p = 1: 16 MiB, within OpenSSL's 32 MiB PKCS#8 scrypt limit.
    public static let defaultScrypt = PrivateKeyEncryption.scrypt(n: 1 << 14, r: 8, p: 1)
}

/// The cost limits applied to the key derivation of an encrypted key before it is opened.
enum PBES2Limits {
    static let maxIterations: UInt64 = 10_000_000
    static let maxScryptWork: UInt64 = 1 << 22
    static let maxScryptN: UInt64 = 1 << 20

    static let pbes2OID: [UInt8] = [0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x05, 0x0D]
    static let pbkdf2OID: [UInt8] = [0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x05, 0x0C]
    static let scryptOID: [UInt8] = [0x2B, 0x06, 0x01, 0x04, 0x01, 0xDA, 0x47, 0x04, 0x0B]

    /// Reads the `EncryptedPrivateKeyInfo` algorithm and refuses anything but PBES2 with PBKDF2 or
    /// scrypt within the cost limits.
    static func check(_ der: [UInt8]) throws(PEMError) {
        var outer = DERReader(der)
        guard var info = outer.read(tag: 0x30), outer.isAtEnd,
              var algorithm = info.read(tag: 0x30),
              let oid = algorithm.read(tag: 0x06)
        else { throw .invalidDER(what: "EncryptedPrivateKeyInfo", reason: "malformed structure") }
        guard oid.contents == pbes2OID else {
            throw .unsupportedEncryption("PKCS#5 v1 or PKCS#12 scheme (only PBES2 is accepted)")
        }
        guard var parameters = algorithm.read(tag: 0x30), var kdf = parameters.read(tag: 0x30),
              let kdfOID = kdf.read(tag: 0x06), var kdfParameters = kdf.read(tag: 0x30),
              kdfParameters.read(tag: 0x04) != nil
        else { throw .invalidDER(what: "PBES2 parameters", reason: "malformed structure") }
        switch kdfOID.contents {
        case pbkdf2OID:
            guard let iterations = kdfParameters.readSmallInteger() else {
                throw .invalidDER(what: "PBKDF2 parameters", reason: "malformed iteration count")
            }
            guard iterations <= maxIterations else {
                throw .encryptionTooCostly("PBKDF2 with \(iterations) iterations (limit \(maxIterations))")
            }
        case scryptOID:
            guard let n = kdfParameters.readSmallInteger(), let r = kdfParameters.readSmallInteger(),
                  let p = kdfParameters.readSmallInteger()
            else { throw .invalidDER(what: "scrypt parameters", reason: "malformed N, r or p") }
            let (work, overflow) = n.multipliedReportingOverflow(by: max(r, 1) &* max(p, 1))
            guard n <= maxScryptN, r <= 64, p <= 64, !overflow, work <= maxScryptWork else {
                throw .encryptionTooCostly("scrypt with N=\(n), r=\(r), p=\(p)")
            }
        default:
            throw .unsupportedEncryption("PBES2 with a key derivation other than PBKDF2 or scrypt")
        }
    }
}
