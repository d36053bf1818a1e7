import ArgumentParser
import BadgeCrypto
import BadgeIssuer
@_spi(Benchmarks) import BadgeVerifier
import Foundation
import OpenBadges

/// Data Integrity signing and verification of one credential, each beside the raw OpenSSL signature
/// operation on the same key and the same 64 (or 96) bytes, and canonicalization on its own line.
struct LDBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ld",
        abstract: "Data Integrity proofs (eddsa-rdfc-2022 and the other suites) per second, against raw OpenSSL.",
        discussion: """
            The credential is the 1EdTech Open Badges 3.0 test vector when the shared vectors are found \
            ($LAUREL_VECTORS or ../shared/vectors), otherwise a course credential built in memory; \
            --credential names another. Lines: <suite>-sign (DataIntegritySigner, the proof added to the \
            credential), <suite>-verify (the Data Integrity layer of the verifier: proofs, key, \
            canonicalization, signature), <suite>-verify-full (laurel verify: parsing, the Open Badges model, \
            dates too), and canonicalize (safe-mode JSON-LD to RDF and RDFC-1.0 of the credential, no \
            signature).
            """
    )

    @OptionGroup var options: BenchOptions

    @Option(help: "The credential to sign and verify (JSON, without proof).")
    var credential: String?

    @Option(help: "Comma-separated suites to measure.")
    var suites = "eddsa-rdfc-2022"

    @Option(help: "Comma-separated operations to measure: sign, verify, verify-full, canonicalize.")
    var operations = "sign,verify,verify-full,canonicalize"

    @Flag(help: "Also time JSON-LD to RDF and RDFC-1.0 on their own lines.")
    var breakdown = false

    static let operationNames = ["sign", "verify", "verify-full", "canonicalize"]

    func validate() throws {
        for name in suites.split(separator: ",") {
            guard let suite = Cryptosuite(name: String(name)), !suite.isLegacy else {
                throw ValidationError("unknown suite \(name); choose from \(Cryptosuite.creatable.map(\.rawValue).joined(separator: ", "))")
            }
        }
        for name in operations.split(separator: ",") where !Self.operationNames.contains(String(name)) {
            throw ValidationError("unknown operation \(name); choose from \(Self.operationNames.joined(separator: ", "))")
        }
    }

    func run() async throws {
        BuildConfiguration.warnIfDebug()
        let (document, inputName) = try loadCredential()
        let wanted = Set(operations.split(separator: ",").map(String.init))
        let measure = PairedMeasurement(options: options)
        let processor = DataIntegrityProcessor.bundled
        for name in suites.split(separator: ",") {
            guard let suite = Cryptosuite(name: String(name)) else { continue }
            let type = suite.keyTypes[0]
            let key = IssuerKey(privateKey: try SigningPrivateKey.generate(type))
            var extra: JSONObject = ["suite": .string(suite.rawValue), "input": .string(inputName),
                                     "credential_bytes": .number(JSON.object(document).serialized().count)]
            let signed = try DataIntegritySigner.sign(document: document, with: key, suite: suite)
            let entry = try ProofSet.entries(of: signed)[0]
            let hashData = try processor.verifyProof(entry.proof, unsecuredDocument: try entry.unsecuredDocument.get(),
                                                     key: key.publicKey).intermediates?.hashData ?? []
            extra["signed_bytes"] = .number(hashData.count)

            if wanted.contains("sign") {
            let sign = try await measure.run(
                laurel: { _ = try DataIntegritySigner.sign(document: document, with: key, suite: suite) },
                baseline: { try OpenSSLBaseline.measureSigning(key: key.privateKey, message: hashData, iterations: $0).seconds })
            BenchLine(bench: "ld", op: "\(suite)-sign", perSecond: sign.perSecond,
                      baseline: OpenSSLBaseline.name(for: type, bits: 0, operation: "sign"),
                      baselinePerSecond: sign.baselinePerSecond, ratio: sign.ratio, extra: extra).print()
            }

            let verifier = Verifier()
            let signedJSON = JSON.object(signed)
            let signedBytes = signedJSON.serialized()
            for full in [false, true] where wanted.contains(full ? "verify-full" : "verify") {
                let verify: () async -> VerificationReport = {
                    full ? await verifier.verify(signedBytes) : await verifier.verifyDataIntegrityLayer(signedJSON)
                }
                let expected = await verify().outcome
                guard expected == .valid || expected == .validWithWarnings else {
                    throw CLIError(.software, "the benchmark credential does not verify (\(expected.rawValue)): \(await verify().text())")
                }
                let result = try await measure.run(
                    laurel: { if await verify().outcome != expected { throw CLIError(.software, "verification changed its verdict") } },
                    baseline: { try OpenSSLBaseline.measureVerification(key: key.privateKey, message: hashData, iterations: $0).seconds })
                BenchLine(bench: "ld", op: "\(suite)-" + (full ? "verify-full" : "verify"), perSecond: result.perSecond,
                          baseline: OpenSSLBaseline.name(for: type, bits: 0, operation: "verify"),
                          baselinePerSecond: result.baselinePerSecond, ratio: result.ratio, extra: extra).print()
            }
        }
        if wanted.contains("canonicalize") { try await canonicalization(document, inputName: inputName, measure: measure) }
    }

    /// Canonicalization alone: no baseline applies (it is Laurel's own work, no OpenSSL primitive).
    func canonicalization(_ document: JSONObject, inputName: String, measure: PairedMeasurement) async throws {
        let processor = DataIntegrityProcessor.bundled
        let quads = try processor.jsonLD.toRDF(.object(document))
        let canonical = try processor.canonicalNQuads(of: document)
        let extra: JSONObject = ["input": .string(inputName), "quads": .number(quads.count), "canonical_bytes": .number(canonical.nquads.count)]
        var stages: [(String, () throws -> Void)] = [("canonicalize", { _ = try processor.canonicalNQuads(of: document) })]
        if breakdown {
            stages.append(("stage-jsonld-to-rdf", { _ = try processor.jsonLD.toRDF(.object(document)) }))
            stages.append(("stage-rdfc-1.0", { _ = try RDFCanonicalizer().canonicalize(quads) }))
            stages.append(("stage-sha256", { _ = SHA256.hash(canonical.nquads) }))
        }
        for (name, operation) in stages {
            let iterations = try await measure.calibrate(operation)
            var rates: [Double] = []
            for _ in 0..<measure.options.rounds {
                rates.append(Double(iterations) / max(try await measure.time(iterations: iterations, operation), 1e-9))
            }
            var lineExtra = extra
            lineExtra["microseconds"] = BenchLine.number(1e6 / max(measure.median(rates), 1e-9), places: 2)
            BenchLine(bench: "ld", op: name, perSecond: measure.median(rates), extra: lineExtra).print()
        }
    }

    /// The credential named, the OB 3.0 test vector, or a course credential built in memory.
    func loadCredential() throws -> (JSONObject, String) {
        var path = credential
        if path == nil {
            let root = ProcessInfo.processInfo.environment["LAUREL_VECTORS"].flatMap { $0.isEmpty ? nil : $0 } ?? "../shared/vectors"
            let vector = root + "/openbadges/1edtech-ob3-ldp-test-vector/ob3/credential-unsigned.json"
            if FileManager.default.fileExists(atPath: vector) { path = vector }
        }
        guard let path else {
            let key = IssuerKey(privateKey: try SigningPrivateKey.generate(.ed25519))
            guard case .object(let built) = try BenchCredential.make(key: key).json else {
                throw CLIError(.software, "the built credential is not an object")
            }
            var document = built
            document["@context"] = .array((built["@context"]?.arrayValue ?? []) + [.string(CredentialContext.openBadgesExtensions)])
            document["issuer"] = ["id": "https://learning.example.org/issuers/1", "type": ["Profile"], "name": "Open Source Community Learning Network"]
            return (document, "built-in course credential")
        }
        guard case .object(var document) = try JSON.parse(try Files.read(path, limit: 4 << 20, what: "credential")) else {
            throw CLIError(.dataError, "\(path) is not a JSON object")
        }
        document.removeValue(forKey: "proof")
        return (document, (path as NSString).lastPathComponent)
    }
}
