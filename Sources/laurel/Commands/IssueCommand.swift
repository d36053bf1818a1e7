import ArgumentParser
import BadgeCrypto
import BadgeIssuer
import Foundation
import OpenBadges

struct IssueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "issue",
        abstract: "Issue one Open Badges 3.0 credential.",
        discussion: """
            Builds a credential from an issuer profile and an achievement, for one recipient, and signs it. \
            An e-mail recipient is stored only as a salted SHA-256 hash unless --no-hash is given.

            When the issuer profile has no "id", the key's did:key becomes the issuer id, and any verifier \
            can tie the signature to the issuer offline.

            --format jwt writes a VC-JWT; --format json writes the credential with an embedded Data \
            Integrity proof: eddsa-rdfc-2022 for Ed25519 keys (the suite Open Badges 3.0 requires), \
            ecdsa-rdfc-2019 for P-256 and P-384 keys, or the suite --proof names.

            Examples:
              laurel issue --issuer examples/issuer.json --achievement examples/achievement.json \\
                --recipient email:ana@example.org --name "Ana" --key keys/dev --format jwt -o ana.jwt
              laurel issue --issuer examples/issuer.json --achievement examples/achievement.json \\
                --recipient email:ana@example.org --name "Ana" --key keys/dev --format json -o ana.json
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jwt
        case json
    }

    @Option(help: "The issuer profile (OB 3.0 Profile JSON).")
    var issuer: String

    @Option(help: "The achievement (OB 3.0 Achievement JSON).")
    var achievement: String

    @Option(help: "The recipient: email:ADDRESS, did:..., url:https://..., or an OB identifier type such as sourcedId:ID.")
    var recipient: String

    @Option(help: "The recipient's name, shown in the credential's name.")
    var name: String?

    @Option(help: "The signing key (keys/NAME).")
    var key: String

    @Option(help: "The passphrase file of an encrypted key (or set LAUREL_KEY_PASSPHRASE).")
    var passphraseFile: String?

    @Option(help: "Output format: jwt (a VC-JWT) or json (the credential with an embedded Data Integrity proof).")
    var format: Format = .jwt

    @Option(help: ArgumentHelp("With --format json, the Data Integrity cryptosuite (default: from the key).",
                               discussion: "One of: \(Cryptosuite.creatable.map(\.rawValue).joined(separator: ", ")).",
                               valueName: "suite"))
    var proof: String?

    @Option(name: .customLong("valid-from"), help: "Start of validity, RFC 3339 with a time zone (default: now).")
    var validFrom: String?

    @Option(name: .customLong("valid-until"), help: "End of validity, RFC 3339 with a time zone (default: none).")
    var validUntil: String?

    @Option(help: "A verification method id for the key, e.g. did:web:example.org#key-1 (default: the did:key, or the key in the header).")
    var keyId: String?

    @Flag(help: "Store the recipient's identifier in plain text instead of a salted hash.")
    var noHash = false

    @Option(name: .shortAndLong, help: "Write the credential to this file instead of standard output.")
    var output: String?

    func validate() throws {
        if let proof {
            guard format == .json else { throw ValidationError("--proof applies to --format json; a VC-JWT is signed with the key's JWS algorithm") }
            guard let suite = Cryptosuite(name: proof), !suite.isLegacy else {
                throw ValidationError("unknown suite \(proof); choose one of \(Cryptosuite.creatable.map(\.rawValue).joined(separator: ", "))")
            }
        }
    }

    func run() throws {
        do {
            let signingKey = IssuerKey(
                privateKey: try KeyFiles(key).readPrivateKey(passphrase: try KeyFiles.passphrase(file: passphraseFile)),
                verificationMethod: keyId)
            let issuerJSON = try readJSON(issuer, what: "issuer profile")
            let achievementJSON = try readJSON(achievement, what: "achievement")
            let credential: AchievementCredential
            let bytes: [UInt8]
            do {
                let profile = try Profile.issuerProfile(from: issuerJSON, key: signingKey)
                let achievementModel: Achievement
                do { achievementModel = try Achievement(json: achievementJSON) } catch {
                    throw CLIError(.dataError, "the achievement \(achievement) is not an OB 3.0 Achievement: \(error)")
                }
                let draft = CredentialDraft(
                    issuer: profile, achievement: achievementModel,
                    recipient: try RecipientSpecifier(parsing: recipient).recipient(hashed: !noHash),
                    recipientName: name, validFrom: try date(validFrom, option: "--valid-from") ?? now(),
                    validUntil: try date(validUntil, option: "--valid-until"))
                credential = try draft.credential()
                switch format {
                case .jwt:
                    bytes = Array(try VCJWTSigner.sign(credential, with: signingKey).utf8) + [0x0A]
                case .json:
                    let signed = try DataIntegritySigner.sign(credential, with: signingKey, suite: proof.flatMap(Cryptosuite.init(name:)))
                    bytes = JSON.object(signed).serialized([.prettyPrinted]) + [0x0A]
                }
            } catch let error as IssuanceError {
                throw CLIError(.dataError, error.description)
            }
            if let output {
                try Files.writeAtomically(bytes, to: output)
                let form = format == .jwt ? "a VC-JWT" : "JSON with a Data Integrity proof"
                Terminal.standardError("Issued \(credential.id) to \(recipient) as \(form): \(output)\n")
            } else {
                Terminal.standardOutput(bytes: bytes)
            }
        } catch let error as CLIError {
            exitWith(error)
        }
    }

    func readJSON(_ path: String, what: String) throws(CLIError) -> JSON {
        let bytes = try Files.read(path, limit: 4 << 20, what: what)
        do { return try JSON.parse(bytes) } catch {
            throw CLIError(.dataError, "the \(what) \(path) is not valid JSON: \(error)")
        }
    }

    func date(_ text: String?, option: String) throws(CLIError) -> DateTime? {
        guard let text else { return nil }
        do { return try DateTime(text) } catch {
            throw CLIError(.usage, "\(option) \(text): \(error); write a date-time with a time zone, e.g. 2026-12-01T09:00:00Z")
        }
    }

    func now() throws(CLIError) -> DateTime {
        do { return try DateTime.now() } catch { throw CLIError(.software, "cannot read the clock: \(error)") }
    }
}
