import ArgumentParser
import BadgeVerifier
import OpenBadges

struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Verify a credential and explain the verdict.",
        discussion: """
            Reads a JSON credential, a VC-JWT, or a baked PNG or SVG badge, from a file or standard input (-), \
            and prints a report: the outcome, what the credential says, and every check with a stable code.

            Exit status: 0 valid (with or without warnings), 1 invalid, 2 indeterminate (a check could not \
            run, so Laurel cannot call it valid), 64 and above for usage and input/output errors.
            """
    )

    @Argument(help: "The credential file, or - for standard input.")
    var input: String

    @Flag(help: "Print the report as JSON (schema: schemas/verification-report.schema.json).")
    var json = false

    @Flag(help: "With --json, include the credential document as read.")
    var includeDocument = false

    @Option(help: "Verify as of this instant (RFC 3339 with a time zone) instead of now.")
    var now: String?

    @Option(help: "Allowed clock difference in seconds when comparing validity dates.")
    var skew: Int64 = 300

    @Option(name: .customLong("controller-document"),
            help: "A controller document (DID document, or an https issuer's key document) to use offline for proofs whose key it lists; repeatable.")
    var controllerDocuments: [String] = []

    func validate() throws {
        guard skew >= 0, skew <= 86_400 else { throw ValidationError("--skew must be between 0 and 86400 seconds") }
    }

    func run() async throws {
        let report: VerificationReport
        do {
            var options = VerifierOptions(clockSkewSeconds: skew)
            if let now {
                do { options.now = try DateTime(now) } catch {
                    throw CLIError(.usage, "--now \(now): \(error); write e.g. 2026-12-01T09:00:00Z")
                }
            }
            for path in controllerDocuments {
                let bytes = try Files.read(path, limit: 1 << 20, what: "controller document")
                let document: JSON
                do { document = try JSON.parse(bytes) } catch {
                    throw CLIError(.dataError, "the controller document \(path) is not valid JSON: \(error)")
                }
                guard let id = document["id"]?.stringValue else {
                    throw CLIError(.dataError, "the controller document \(path) has no \"id\"")
                }
                options.controllerDocuments[id] = document
            }
            let bytes = try Files.read(input, limit: VerifierOptions.maxInputBytes, what: "credential")
            report = await Verifier(options: options).verify(bytes)
        } catch let error as CLIError {
            exitWith(error)
        }
        if json {
            Terminal.standardOutput(bytes: report.json(includeCredential: includeDocument).serialized([.prettyPrinted]) + [0x0A])
        } else {
            Terminal.standardOutput(report.text())
        }
        let status = report.outcome.exitStatus
        if status != 0 { throw ExitCode(status) }
    }
}
