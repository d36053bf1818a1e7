import ArgumentParser
import BadgeCrypto
import BadgeIssuer
import BadgeVerifier
import OpenBadges

/// VC-JWT sign and verify, each beside the raw OpenSSL signature operation on the same key and message.
struct JWTBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jwt",
        abstract: "VC-JWT issuing and verifying per second, for EdDSA, ES256 and RS256, against raw OpenSSL."
    )

    @OptionGroup var options: BenchOptions

    func run() async throws {
        BuildConfiguration.warnIfDebug()
        for (algorithm, type) in [("EdDSA", KeyType.ed25519), ("ES256", .p256), ("RS256", .rsa)] {
            let key = IssuerKey(privateKey: try SigningPrivateKey.generate(type, rsaBits: 2048))
            let credential = try BenchCredential.make(key: key)
            let jwt = try VCJWTSigner.sign(credential, with: key)
            let bytes = Array(jwt.utf8)
            let signingInput = try CompactJWS.parse(bytes).signingInput
            let measure = PairedMeasurement(options: options)
            let extra: JSONObject = ["alg": .string(algorithm), "jwt_bytes": .number(bytes.count)]

            let sign = try await measure.run(
                laurel: { _ = try VCJWTSigner.sign(credential, with: key) },
                baseline: { try OpenSSLBaseline.measureSigning(key: key.privateKey, message: signingInput, iterations: $0).seconds })
            BenchLine(bench: "jwt", op: "vc-jwt-sign", perSecond: sign.perSecond,
                      baseline: OpenSSLBaseline.name(for: type, bits: 2048, operation: "sign"),
                      baselinePerSecond: sign.baselinePerSecond, ratio: sign.ratio, extra: extra).print()

            let verifier = Verifier()
            let expected = await verifier.verify(bytes).outcome
            guard expected == .valid || expected == .validWithWarnings else {
                throw CLIError(.software, "the benchmark credential does not verify (\(expected.rawValue))")
            }
            let verify = try await measure.run(
                laurel: {
                    let report = await verifier.verify(bytes)
                    if report.outcome != expected { throw CLIError(.software, "verification changed its verdict") }
                },
                baseline: { try OpenSSLBaseline.measureVerification(key: key.privateKey, message: signingInput, iterations: $0).seconds })
            BenchLine(bench: "jwt", op: "vc-jwt-verify", perSecond: verify.perSecond,
                      baseline: OpenSSLBaseline.name(for: type, bits: 2048, operation: "verify"),
                      baselinePerSecond: verify.baselinePerSecond, ratio: verify.ratio, extra: extra).print()
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
