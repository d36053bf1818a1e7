import BadgeCrypto
import Foundation
import OpenBadges

/// The files of a key named `keys/NAME`: `NAME.key.pem` (PKCS#8, mode 0600, encrypted when a passphrase
/// is set), `NAME.pub.pem` (SPKI) and `NAME.jwk.json` (the public JWK, `kid` = RFC 7638 thumbprint).
struct KeyFiles {
    let base: String

    /// `keys/dev`, `keys/dev.key.pem` and `keys/dev.key` all name the key `keys/dev`.
    init(_ path: String) {
        var base = path
        for suffix in [".key.pem", ".pub.pem", ".jwk.json", ".key"] where base.hasSuffix(suffix) {
            base.removeLast(suffix.count)
        }
        self.base = base
    }

    var privateKeyPath: String { base + ".key.pem" }
    var publicKeyPath: String { base + ".pub.pem" }
    var jwkPath: String { base + ".jwk.json" }

    var exists: Bool { FileManager.default.fileExists(atPath: privateKeyPath) }

    /// The passphrase from `--passphrase-file` or `$LAUREL_KEY_PASSPHRASE`, if any.
    static func passphrase(file: String?) throws(CLIError) -> String? {
        if let file {
            let bytes = try Files.read(file, limit: 4096, what: "passphrase file")
            var text = String(decoding: bytes, as: UTF8.self)
            while text.hasSuffix("\n") || text.hasSuffix("\r") { text.removeLast() }
            guard !text.isEmpty else { throw CLIError(.dataError, "the passphrase file \(file) is empty") }
            return text
        }
        if let value = ProcessInfo.processInfo.environment["LAUREL_KEY_PASSPHRASE"], !value.isEmpty { return value }
        return nil
    }

    func write(_ key: SigningPrivateKey, passphrase: String?, overwrite: Bool) throws(CLIError) {
        if !overwrite, exists {
            throw CLIError(.cannotCreate, "\(privateKeyPath) already exists; choose another --out name or pass --force to replace it")
        }
        let privatePEM: String
        let publicPEM: String
        do {
            privatePEM = try passphrase.map { try key.pemRepresentation(passphrase: $0) } ?? key.pemRepresentation()
            publicPEM = try key.publicKey.pemRepresentation()
        } catch {
            throw CLIError(.software, "cannot encode the key: \(error)")
        }
        var jwk = key.publicKey.jwk
        jwk["kid"] = .string(key.publicKey.jwkThumbprint)
        try Files.writeAtomically(Array(privatePEM.utf8), to: privateKeyPath, mode: 0o600)
        try Files.writeAtomically(Array(publicPEM.utf8), to: publicKeyPath)
        try Files.writeAtomically(JSON.object(jwk).serialized([.prettyPrinted]) + [0x0A], to: jwkPath)
    }

    func readPrivateKey(passphrase: String?) throws(CLIError) -> SigningPrivateKey {
        guard exists else {
            throw CLIError(.noInput, "no private key at \(privateKeyPath); create one with: laurel keys generate --type ed25519 --out \(base)")
        }
        let pem = String(decoding: try Files.read(privateKeyPath, limit: 64 * 1024, what: "private key"), as: UTF8.self)
        do {
            return try SigningPrivateKey(pemRepresentation: pem, passphrase: passphrase)
        } catch .passphraseRequired {
            throw CLIError(.usage, "\(privateKeyPath) is encrypted; give its passphrase with --passphrase-file or LAUREL_KEY_PASSPHRASE")
        } catch .wrongPassphrase {
            throw CLIError(.usage, "the passphrase does not decrypt \(privateKeyPath)")
        } catch {
            throw CLIError(.dataError, "\(privateKeyPath) is not a usable private key: \(error)")
        }
    }
}

extension SigningPublicKey {
    /// What `laurel keys` prints about a key: its JWK, did:key and Multikey where the type has them.
    var summaryLines: [String] {
        var jwk = self.jwk
        jwk["kid"] = .string(jwkThumbprint)
        var lines = ["Public key (JWK):", JSON.object(jwk).serializedString([.prettyPrinted])]
        if let did = try? DIDKey(publicKey: self) {
            lines.append("did:key:  \(did.did)")
            lines.append("Multikey: \(did.multibaseValue)")
        } else {
            lines.append("did:key:  none (\(keyType) keys have no did:key; give the issuer an https or did:web id)")
        }
        return lines
    }
}
