import ArgumentParser
import BadgeCrypto

struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Create and inspect signing keys.",
        subcommands: [GenerateKey.self, ShowKey.self]
    )
}

extension KeyType: ExpressibleByArgument {
    public init?(argument: String) {
        switch argument.lowercased() {
        case "ed25519", "eddsa": self = .ed25519
        case "p256", "p-256", "es256": self = .p256
        case "p384", "p-384", "es384": self = .p384
        case "rsa", "rs256": self = .rsa
        default: return nil
        }
    }

    public static var allValueStrings: [String] { ["ed25519", "p256", "p384", "rsa"] }
}

struct GenerateKey: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate a signing key and print its public forms.",
        discussion: """
            Writes NAME.key.pem (the private key, mode 0600), NAME.pub.pem and NAME.jwk.json. Ed25519 is the \
            default and what Open Badges 3.0 Data Integrity proofs use; p256 signs ES256 JWTs; rsa signs \
            RS256, the algorithm every VC-JWT verifier supports.

            Example: laurel keys generate --type ed25519 --out keys/course-2026
            """
    )

    @Option(help: "Key type: ed25519, p256, p384 or rsa.")
    var type: KeyType = .ed25519

    @Option(help: "RSA modulus size: 2048, 3072 or 4096.")
    var bits: Int = 2048

    @Option(help: "Where to write the key, without extension (keys/NAME).")
    var out: String

    @Option(help: "Encrypt the private key with the passphrase in this file (or set LAUREL_KEY_PASSPHRASE).")
    var passphraseFile: String?

    @Flag(help: "Replace an existing key of the same name.")
    var force = false

    func validate() throws {
        if type == .rsa, ![2048, 3072, 4096].contains(bits) {
            throw ValidationError("--bits must be 2048, 3072 or 4096 for an RSA key")
        }
        if type != .rsa, bits != 2048 {
            throw ValidationError("--bits applies to RSA keys only")
        }
    }

    func run() throws {
        do {
            let files = KeyFiles(out)
            let passphrase = try KeyFiles.passphrase(file: passphraseFile)
            let key: SigningPrivateKey
            do { key = try SigningPrivateKey.generate(type, rsaBits: bits) } catch {
                throw CLIError(.software, "key generation failed: \(error)")
            }
            try files.write(key, passphrase: passphrase, overwrite: force)
            let note = passphrase == nil ? "" : " (encrypted)"
            Terminal.standardOutput(([
                "Created a new \(type) key:", "  private: \(files.privateKeyPath)\(note)", "  public:  \(files.publicKeyPath), \(files.jwkPath)", "",
            ] + key.publicKey.summaryLines).joined(separator: "\n") + "\n")
        } catch let error as CLIError {
            exitWith(error)
        }
    }
}

struct ShowKey: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print the public JWK, did:key and Multikey of a key."
    )

    @Argument(help: "The key (keys/NAME).")
    var key: String

    @Option(help: "The passphrase file of an encrypted key (or set LAUREL_KEY_PASSPHRASE).")
    var passphraseFile: String?

    func run() throws {
        do {
            let files = KeyFiles(key)
            let privateKey = try files.readPrivateKey(passphrase: try KeyFiles.passphrase(file: passphraseFile))
            Terminal.standardOutput((["\(privateKey.keyType) key \(files.privateKeyPath)"] + privateKey.publicKey.summaryLines)
                .joined(separator: "\n") + "\n")
        } catch let error as CLIError {
            exitWith(error)
        }
    }
}
