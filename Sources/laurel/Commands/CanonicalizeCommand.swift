import ArgumentParser
import BadgeCrypto
import BadgeVerifier
import OpenBadges

struct CanonicalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "canonicalize",
        abstract: "Print the canonical forms and hashes a Data Integrity proof is computed from.",
        discussion: """
            When a proof fails, the question is where two implementations part. This prints, for a JSON \\
            credential: the canonical document (the credential without its proofs, as RDFC-1.0 N-Quads or \\
            JCS), its hash, and for each proof the canonical proof configuration, its hash, and the hash \\
            data the signature covers (proof configuration hash followed by document hash), all in hex.

            The suite is the proof's own; --suite sets it for a credential without proof, or overrides it. \\
            ECDSA suites hash with SHA-384 for P-384 keys: the curve is read from the proof's key when it \\
            can be, otherwise --curve says it. Contexts are Laurel's bundled ones; an unknown context or a \\
            term no context defines is an error naming it.

            Example:
              laurel canonicalize ana.json
            """
    )

    @Argument(help: "The JSON credential, or - for standard input.")
    var input: String

    @Option(help: ArgumentHelp("The cryptosuite to canonicalize for (default: each proof's own, or eddsa-rdfc-2022).",
                               valueName: "suite"))
    var suite: String?

    @Option(help: "For ECDSA suites whose key cannot be read from the proof: P-256 or P-384.")
    var curve: String?

    @Flag(help: "Print the forms as JSON (the canonical forms as strings, hashes in hex).")
    var json = false

    func validate() throws {
        if let suite, Cryptosuite(name: suite) == nil {
            throw ValidationError("unknown suite \(suite); choose one of \(Cryptosuite.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let curve, !["P-256", "P-384"].contains(curve) { throw ValidationError("--curve must be P-256 or P-384") }
    }

    func run() throws {
        do {
            let bytes = try Files.read(input, limit: VerifierOptions.maxInputBytes, what: "credential")
            let document: JSONObject
            do {
                guard case .object(let object) = try JSON.parse(bytes) else {
                    throw CLIError(.dataError, "\(input) is not a JSON object")
                }
                document = object
            } catch let error as JSONParseError {
                throw CLIError(.dataError, "\(input) is not valid JSON: \(error)")
            }
            let sections = try CanonicalForms(document: document, suite: suite.flatMap(Cryptosuite.init(name:)),
                                              curve: curve.flatMap(KeyType.init(rawValue:))).sections()
            if json {
                Terminal.standardOutput(bytes: JSON.object(CanonicalForms.json(sections)).serialized([.prettyPrinted]) + [0x0A])
            } else {
                Terminal.standardOutput(CanonicalForms.text(sections))
            }
        } catch let error as CLIError {
            exitWith(error)
        }
    }
}
