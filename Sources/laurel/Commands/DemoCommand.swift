import ArgumentParser
import BadgeCrypto
import BadgeIssuer
import BadgeVerifier
import Foundation
import OpenBadges

struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Issue and verify a credential for the example course, with no set-up.",
        discussion: """
            Creates a development key at keys/dev if there is none, issues a credential for Ana, who \
            completed the example course "Partnership Building", writes it to out/demo/, verifies it, and \
            shows both. Run it from the Laurel folder (it reads examples/).
            """
    )

    @Option(help: "The folder holding issuer.json and achievement.json.")
    var examples = "examples"

    @Option(help: "Where to write the issued credential.")
    var out = "out/demo"

    func run() async throws {
        do {
            let key = try developmentKey()
            let issuer = try Self.readJSON("\(examples)/issuer.json")
            let achievement = try Self.readJSON("\(examples)/achievement.json")
            let credential: AchievementCredential
            let jwt: String
            do {
                let draft = CredentialDraft(
                    issuer: try Profile.issuerProfile(from: issuer, key: key), achievement: try Achievement(json: achievement),
                    recipient: try RecipientSpecifier(parsing: "email:ana@example.org").recipient(hashed: true),
                    recipientName: "Ana", validFrom: try DateTime.now())
                credential = try draft.credential()
                jwt = try VCJWTSigner.sign(credential, with: key)
            } catch {
                throw CLIError(.dataError, "cannot issue the example credential: \(error)")
            }
            try Files.writeAtomically(Array(jwt.utf8) + [0x0A], to: "\(out)/ana.jwt")
            try Files.writeAtomically(credential.json.serialized([.prettyPrinted]) + [0x0A], to: "\(out)/ana.credential.json")

            Terminal.standardOutput("""
                Issued a credential for Ana (ana@example.org, stored as a salted hash) for "\(credential.achievement.name)".
                  credential: \(out)/ana.credential.json
                  VC-JWT:     \(out)/ana.jwt

                \(credential.json.serializedString([.prettyPrinted]))

                Verifying \(out)/ana.jwt:

                """)
            let report = await Verifier().verify(Array(jwt.utf8))
            Terminal.standardOutput(report.text())
            Terminal.standardOutput("""

                Next: verify it yourself with `laurel verify \(out)/ana.jwt`, change one character in the file and
                verify again, or issue your own with `laurel issue --help`.

                """)
            if report.outcome.exitStatus != 0 { throw ExitCode(report.outcome.exitStatus) }
        } catch let error as CLIError {
            exitWith(error)
        }
    }

    /// keys/dev, created on first use.
    func developmentKey() throws(CLIError) -> IssuerKey {
        let files = KeyFiles("keys/dev")
        let passphrase = try KeyFiles.passphrase(file: nil)
        if files.exists { return IssuerKey(privateKey: try files.readPrivateKey(passphrase: passphrase)) }
        let key: SigningPrivateKey
        do { key = try SigningPrivateKey.generate(.ed25519) } catch {
            throw CLIError(.software, "cannot generate the development key: \(error)")
        }
        try files.write(key, passphrase: passphrase, overwrite: false)
        let did = (try? DIDKey(publicKey: key.publicKey))?.did ?? key.publicKey.jwkThumbprint
        Terminal.standardOutput("Created the development key \(files.privateKeyPath) (\(did)). It is for trying Laurel out only.\n\n")
        return IssuerKey(privateKey: key)
    }

    static func readJSON(_ path: String) throws(CLIError) -> JSON {
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLIError(.noInput, "\(path) not found: run `laurel demo` from the Laurel folder, or pass --examples DIR")
        }
        do { return try JSON.parse(try Files.read(path, limit: 4 << 20, what: "example")) } catch let error as JSONParseError {
            throw CLIError(.dataError, "\(path) is not valid JSON: \(error)")
        } catch let error as CLIError {
            throw error
        } catch {
            throw CLIError(.dataError, "\(path): \(error)")
        }
    }
}
