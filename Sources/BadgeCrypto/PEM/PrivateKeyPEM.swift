extension SigningPrivateKey {
    static let privateLabels = ["PRIVATE KEY", "ENCRYPTED PRIVATE KEY"]

    /// Reads a PKCS#8 private key: `BEGIN PRIVATE KEY`, or `BEGIN ENCRYPTED PRIVATE KEY` with
    /// `passphrase`. Legacy `BEGIN RSA/EC PRIVATE KEY` files are refused with a conversion hint.
    public init(pemRepresentation pem: String, passphrase: String? = nil) throws(PEMError) {
        let document = try PEMDocument(parsing: pem)
        switch document.label {
        case "PRIVATE KEY":
            try self.init(derRepresentation: document.der)
        case "ENCRYPTED PRIVATE KEY":
            guard let passphrase else { throw .passphraseRequired }
            try self.init(encryptedDERRepresentation: document.der, passphrase: passphrase)
        default:
            throw .unsupportedLabel(found: document.label, expected: SigningPrivateKey.privateLabels)
        }
    }

    /// Reads a DER PKCS#8 `PrivateKeyInfo`.
    public init(derRepresentation der: [UInt8]) throws(PEMError) {
        let key = try PKCS8.decodePrivateKey(der: der)
        do { try self.init(evpKey: key) } catch { throw .invalidKey(error) }
    }

    /// Reads a DER PKCS#8 `EncryptedPrivateKeyInfo` (PBES2 with PBKDF2 or scrypt).
    public init(encryptedDERRepresentation der: [UInt8], passphrase: String) throws(PEMError) {
        let key = try PKCS8.decodeEncryptedPrivateKey(der: der, passphrase: passphrase)
        do { try self.init(evpKey: key) } catch { throw .invalidKey(error) }
    }

    /// DER PKCS#8 `PrivateKeyInfo`. Treat it as a secret.
    public func derRepresentation() throws(PEMError) -> [UInt8] {
        try PKCS8.encodePrivateKey(evpKey)
    }

    /// `-----BEGIN PRIVATE KEY-----` (unencrypted PKCS#8). Treat it as a secret.
    public func pemRepresentation() throws(PEMError) -> String {
        PEMDocument(label: "PRIVATE KEY", der: try derRepresentation()).pemString
    }

    /// `-----BEGIN ENCRYPTED PRIVATE KEY-----`: PKCS#8 encrypted with PBES2, AES-256-CBC and a key
    /// derived from `passphrase` as `encryption` says.
    public func pemRepresentation(passphrase: String, encryption: PrivateKeyEncryption = .default) throws(PEMError)
        -> String
    {
        let der = try PKCS8.encodeEncryptedPrivateKey(evpKey, passphrase: passphrase, encryption: encryption)
        return PEMDocument(label: "ENCRYPTED PRIVATE KEY", der: der).pemString
    }
}

extension SigningPublicKey {
    /// Reads `-----BEGIN PUBLIC KEY-----` (X.509 SubjectPublicKeyInfo).
    public init(pemRepresentation pem: String) throws(PEMError) {
        let document = try PEMDocument(parsing: pem)
        guard document.label == "PUBLIC KEY" else {
            throw .unsupportedLabel(found: document.label, expected: ["PUBLIC KEY"])
        }
        try self.init(derRepresentation: document.der)
    }

    /// Reads a DER SubjectPublicKeyInfo; EC points are checked to lie on the curve.
    public init(derRepresentation der: [UInt8]) throws(PEMError) {
        let key = try PKCS8.decodePublicKey(der: der)
        do {
            let decoded = try SigningPublicKey(evpKey: key)
            switch decoded {
            case .p256(let ec):
                // Re-import through the checked path so that every P-256/P-384 key object has passed
                // the same point validation, whatever format it came from.
                self = .p256(try P256.PublicKey(x963Representation: ec.x963Representation))
            case .p384(let ec):
                self = .p384(try P384.PublicKey(x963Representation: ec.x963Representation))
            default:
                self = decoded
            }
        } catch {
            throw .invalidKey(error)
        }
    }

    /// DER SubjectPublicKeyInfo.
    public func derRepresentation() throws(PEMError) -> [UInt8] {
        try PKCS8.encodePublicKey(evpKey)
    }

    /// `-----BEGIN PUBLIC KEY-----`.
    public func pemRepresentation() throws(PEMError) -> String {
        PEMDocument(label: "PUBLIC KEY", der: try derRepresentation()).pemString
    }
}
