/// Why a PEM or DER key could not be read or written.
public enum PEMError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The input is larger than the limit.
    case tooLarge(size: Int, limit: Int)
    /// No `-----BEGIN …-----` line.
    case noPEMBlock
    /// A BEGIN line without its END line.
    case unterminatedBlock(label: String)
    /// The END line names another label than the BEGIN line.
    case mismatchedEndLabel(begin: String, end: String)
    /// The block's label is not one this operation reads (`expected` lists those it does).
    case unsupportedLabel(found: String, expected: [String])
    /// `Proc-Type`/`DEK-Info` headers: OpenSSL's legacy encrypted PEM, which Laurel does not read.
    case legacyEncryptionHeaders(line: Int)
    /// A body line is not base64.
    case invalidBase64(line: Int, CodecError)
    /// The DER inside is not the structure the label promises.
    case invalidDER(what: String, reason: String)
    /// An encrypted private key was given without a passphrase.
    case passphraseRequired
    /// The passphrase does not decrypt the key (or the encrypted data is corrupt).
    case wrongPassphrase
    /// The encryption is not PBES2 with PBKDF2 or scrypt.
    case unsupportedEncryption(String)
    /// Key-derivation parameters beyond Laurel's cost limits (a file that would take minutes or
    /// gigabytes to open).
    case encryptionTooCostly(String)
    /// The passphrase is empty or longer than 1024 bytes.
    case invalidPassphrase(String)
    /// The key inside is not one Laurel uses.
    case invalidKey(KeyError)
    /// OpenSSL could not encode the key.
    case exportFailed(reason: String)

    public var description: String {
        switch self {
        case .tooLarge(let size, let limit): "PEM input of \(size) bytes exceeds the limit of \(limit)"
        case .noPEMBlock: "no PEM block (a line such as -----BEGIN PRIVATE KEY-----) found"
        case .unterminatedBlock(let label): "the PEM block \"\(label)\" has no -----END \(label)----- line"
        case .mismatchedEndLabel(let begin, let end): "the PEM block begins \"\(begin)\" but ends \"\(end)\""
        case .unsupportedLabel(let found, let expected):
            "PEM block \"\(found)\" is not supported here; expected \(expected.map { "\"\($0)\"" }.joined(separator: " or "))"
                + (found.hasSuffix("PRIVATE KEY") && !expected.contains(found)
                    ? " (convert with: openssl pkcs8 -topk8)" : "")
        case .legacyEncryptionHeaders(let line):
            "line \(line): legacy OpenSSL PEM encryption (Proc-Type/DEK-Info) is not supported; "
                + "re-encrypt as PKCS#8 with: openssl pkcs8 -topk8 -v2 aes-256-cbc"
        case .invalidBase64(let line, let error): "line \(line) of the PEM body: \(error)"
        case .invalidDER(let what, let reason): "the PEM body is not a valid \(what): \(reason)"
        case .passphraseRequired: "the private key is encrypted; a passphrase is required"
        case .wrongPassphrase: "the passphrase does not decrypt the private key"
        case .unsupportedEncryption(let what): "unsupported private key encryption: \(what)"
        case .encryptionTooCostly(let what): "the key derivation parameters are too costly: \(what)"
        case .invalidPassphrase(let reason): "unusable passphrase: \(reason)"
        case .invalidKey(let error): "\(error)"
        case .exportFailed(let reason): "could not encode the key: \(reason)"
        }
    }
}
