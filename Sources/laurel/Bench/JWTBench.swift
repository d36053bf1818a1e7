import ArgumentParser
import BadgeCrypto
import BadgeIssuer
@_spi(Benchmarks) import BadgeVerifier
import OpenBadges

/// VC-JWT sign and verify, each beside the raw OpenSSL signature operation on the same key and message.
struct JWTBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jwt",
        abstract: "VC-JWT issuing and verifying per second, for EdDSA, ES256 and RS256, against raw OpenSSL."
    )

    @OptionGroup var options: BenchOptions

    @Option(help: "Comma-separated algorithms to measure: EdDSA, ES256, RS256.")
    var algorithms = "EdDSA,ES256,RS256"

    @Option(help: "Comma-separated operations to measure: sign, verify.")
    var operations = "sign,verify"

    @Flag(help: "Also time each stage of signing (model to JSON, serializing, JWS) on its own lines.")
    var breakdown = false

    static let all: [(String, KeyType)] = [("EdDSA", .ed25519), ("ES256", .p256), ("RS256", .rsa)]

    func validate() throws {
        let names = Set(Self.all.map(\.0))
        for name in algorithms.split(separator: ",") where !names.contains(String(name)) {
            throw ValidationError("unknown algorithm \(name); choose from EdDSA, ES256, RS256")
        }
        for name in operations.split(separator: ",") where !["sign", "verify"].contains(name) {
            throw ValidationError("unknown operation \(name); choose from sign, verify")
        }
    }

    func run() async throws {
        BuildConfiguration.warnIfDebug()
        let chosen = Set(algorithms.split(separator: ",").map(String.init))
        let wanted = Set(operations.split(separator: ",").map(String.init))
        for (algorithm, type) in Self.all where chosen.contains(algorithm) {
            let key = IssuerKey(privateKey: try SigningPrivateKey.generate(type, rsaBits: 2048))
            let credential = try BenchCredential.make(key: key)
            guard case .object(let document) = credential.json else { throw CLIError(.software, "the credential is not an object") }
            let jwt = try VCJWTSigner.sign(document: document, with: key)
            let bytes = Array(jwt.utf8)
            let signingInput = try CompactJWS.parse(bytes).signingInput
            let measure = PairedMeasurement(options: options)
            let extra: JSONObject = ["alg": .string(algorithm), "jwt_bytes": .number(bytes.count), "input": "credential JSON"]

            if wanted.contains("sign") {
            let sign = try await measure.run(
                laurel: { _ = try VCJWTSigner.sign(document: document, with: key) },
                baseline: { try OpenSSLBaseline.measureSigning(key: key.privateKey, message: signingInput, iterations: $0).seconds })
            BenchLine(bench: "jwt", op: "vc-jwt-sign", perSecond: sign.perSecond,
                      baseline: OpenSSLBaseline.name(for: type, bits: 2048, operation: "sign"),
                      baselinePerSecond: sign.baselinePerSecond, ratio: sign.ratio, extra: extra).print()
            }
            if breakdown {
                try await stages(credential: credential, key: key, measure: measure, extra: extra)
                try await verifyStages(compact: bytes, key: key, measure: measure, extra: extra)
            }
            guard wanted.contains("verify") else { continue }

            let verifier = Verifier()
            for full in [false, true] {
                let verify: (borrowing [UInt8]) async -> VerificationReport = { bytes in
                    full ? await verifier.verify(bytes) : await verifier.verifyVCJWTLayer(bytes)
                }
                let expected = await verify(bytes).outcome
                guard expected == .valid || expected == .validWithWarnings else {
                    throw CLIError(.software, "the benchmark credential does not verify (\(expected.rawValue))")
                }
                let result = try await measure.run(
                    laurel: {
                        if await verify(bytes).outcome != expected { throw CLIError(.software, "verification changed its verdict") }
                    },
                    baseline: { try OpenSSLBaseline.measureVerification(key: key.privateKey, message: signingInput, iterations: $0).seconds })
                var lineExtra = extra
                lineExtra["checks"] = full ? "VC-JWT layer and the Open Badges model (laurel verify)" : "VC-JWT layer: JWS, key, claims, dates"
                BenchLine(bench: "jwt", op: full ? "vc-jwt-verify-full" : "vc-jwt-verify", perSecond: result.perSecond,
                          baseline: OpenSSLBaseline.name(for: type, bits: 2048, operation: "verify"),
                          baselinePerSecond: result.baselinePerSecond, ratio: result.ratio, extra: lineExtra).print()
            }
        }
    }
}

extension JWTBench {
    /// The stages of `VCJWTSigner.sign`, each timed alone (no baseline: these are Laurel's own work).
    func stages(credential: AchievementCredential, key: IssuerKey, measure: PairedMeasurement, extra: JSONObject) async throws {
        let json = credential.json
        let bytes = json.serialized()
        let stages: [(String, () throws -> Void)] = [
            ("model-to-json", { _ = credential.json }),
            ("serialize", { _ = json.serialized() }),
            ("jws-sign", { _ = try JWS.sign(payload: bytes, key: key.privateKey, header: ["kid": "did:example:1#k", "typ": "JWT"]) }),
        ]
        for (name, operation) in stages {
            let iterations = try await measure.calibrate(operation)
            var rates: [Double] = []
            for _ in 0..<measure.options.rounds {
                rates.append(Double(iterations) / max(try await measure.time(iterations: iterations, operation), 1e-9))
            }
            BenchLine(bench: "jwt", op: "stage-\(name)", perSecond: measure.median(rates), extra: extra).print()
        }
    }
}

extension JWTBench {
    /// The stages of verification, each timed alone.
    func verifyStages(compact: [UInt8], key: IssuerKey, measure: PairedMeasurement, extra: JSONObject) async throws {
        let jws = try CompactJWS.parse(compact)
        let payload = try JSON.parse(jws.payload)
        let resolved: SigningPublicKey
        if let kid = jws.keyID {
            resolved = try OfflineKeyResolver().resolve(kid).key
        } else if let jwk = jws.header["jwk"] {
            resolved = try JWK(json: jwk).publicKey
        } else {
            resolved = key.publicKey
        }
        let stages: [(String, () throws -> Void)] = [
            ("jws-parse", { _ = try CompactJWS.parse(compact) }),
            ("payload-parse", { _ = try JSON.parse(jws.payload) }),
            ("signature-with-resolved-key", { try jws.verify(with: resolved) }),
            ("signature-with-generated-key", { try jws.verify(with: key.publicKey) }),
            ("model-decode", { _ = try AnyCredential(json: payload) }),
        ]
        for (name, operation) in stages {
            let iterations = try await measure.calibrate(operation)
            var rates: [Double] = []
            for _ in 0..<measure.options.rounds {
                rates.append(Double(iterations) / max(try await measure.time(iterations: iterations, operation), 1e-9))
            }
            BenchLine(bench: "jwt", op: "verify-stage-\(name)", perSecond: measure.median(rates), extra: extra).print()
        }
    }
}

/// A credential like the ones a course issues: the example achievement with a rubric, a hashed e-mail.
enum BenchCredential {
    static func make(key: IssuerKey) throws -> AchievementCredential {
        let issuerID = key.didKey?.did ?? "https://learning.example.org/issuers/1"
        let levels = ["poor", "needs-improvement", "good", "excellent"].enumerated().map { index, name in
            RubricCriterionLevel(id: "https://learning.example.org/levels/\(name)", name: name.capitalized, level: String(index + 1))
        }
        let pitch = ResultDescription(id: "https://learning.example.org/results/final-pitch", name: "Final pitch",
                                      resultType: .rubricCriterionLevel, rubricCriterionLevel: levels)
        let achievement = Achievement(
            id: "https://learning.example.org/achievements/partnership-building", name: "Partnership Building",
            description: "Completed the eight-week Partnership Building course.",
            criteria: Criteria(narrative: "Attended six of eight live sessions, four assignments graded good or better, and a final pitch."),
            achievementType: .certificate, resultDescription: [pitch])
        let issuer = Profile(id: issuerID, name: "Open Source Community Learning Network")
        return try CredentialDraft(
            issuer: issuer, achievement: achievement,
            recipient: .identity(.hashed("ana@example.org", salt: "0123456789abcdef")), recipientName: "Ana",
            validFrom: try DateTime("2026-01-15T09:00:00Z"),
            results: [AchievementResult(resultDescription: pitch.id, achievedLevel: levels[3].id)],
            credentialID: "urn:uuid:6a3c0c70-0a0b-4a52-9a53-53e1a6a4c2b1"
        ).credential()
    }
}
