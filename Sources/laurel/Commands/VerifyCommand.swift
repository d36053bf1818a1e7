import ArgumentParser
import BadgeNetwork
import BadgeVerifier
import Foundation
import OpenBadges

struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Verify a credential and explain the verdict.",
        discussion: """
            Reads a JSON credential, a VC-JWT, or a baked PNG or SVG badge, from a file or standard input (-), \
            and prints a report: the outcome, what the credential says, and every check with a stable code.

            Remote documents (did:web DID documents, key documents, an issuer's key set) are fetched over \
            the network under a strict policy: http(s) only, time-outs, a size cap, at most 5 redirects and \
            never from https to http, and no private, loopback or other special-purpose address. \
            --documents answers from a folder of pinned documents instead (https://host/path is read from \
            DIR/host/path), and --offline reads nothing at all; a check that needs a document Laurel could \
            not read ends indeterminate.

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

    @Option(help: ArgumentHelp("Read remote documents only from this folder of pinned documents (no network).", valueName: "dir"))
    var documents: String?

    @Flag(help: "Read no remote document at all.")
    var offline = false

    @Flag(help: "Allow fetching from private, loopback and link-local addresses (an issuer on your own network).")
    var allowPrivateNetwork = false

    @Option(name: .customLong("controller-document"),
            help: "A controller document (DID document, or an https issuer's key document) to use offline for proofs whose key it lists; repeatable.")
    var controllerDocuments: [String] = []

    func validate() throws {
        guard skew >= 0, skew <= 86_400 else { throw ValidationError("--skew must be between 0 and 86400 seconds") }
        if offline, documents != nil { throw ValidationError("--offline reads no documents; leave out --documents, or --offline") }
        if allowPrivateNetwork, offline || documents != nil {
            throw ValidationError("--allow-private-network applies to network fetches; --offline and --documents make none")
        }
    }

    /// Where remote documents come from: nowhere, a pinned folder, or the network under the policy.
    func fetcher() throws -> any DocumentFetcher {
        if offline { return NoNetworkFetcher() }
        if let documents {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: documents, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw CLIError(.noInput, "--documents \(documents): no such folder")
            }
            return PinnedDocumentFetcher(directory: URL(fileURLWithPath: documents, isDirectory: true))
        }
        return HTTPDocumentFetcher(policy: HTTPFetchPolicy(allowPrivateNetwork: allowPrivateNetwork), cache: FetchCache())
    }

    func run() async throws {
        let report: VerificationReport
        do {
            var options = VerifierOptions(clockSkewSeconds: skew, fetcher: try fetcher())
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
