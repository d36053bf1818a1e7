import BadgeVerifier
import Foundation
import LaurelJSON
import TestSupport
import Testing

@Suite struct VerificationReportTests {
    let pass = Check.passed(.signatureValid, "The signature matches.")
    let warn = Check.warning(.jwtSubjectMissing, "No sub claim.")
    let unknown = Check.undecided(.keyUnresolvable, "The key could not be found.")
    let fail = Check.failed(.datesExpired, "Expired.")

    @Test func outcomeTakesTheWorstSeverity() {
        #expect(VerificationReport(format: .json, checks: [pass]).outcome == .valid)
        #expect(VerificationReport(format: .json, checks: [pass, warn]).outcome == .validWithWarnings)
        #expect(VerificationReport(format: .json, checks: [pass, warn, unknown]).outcome == .indeterminate)
        #expect(VerificationReport(format: .json, checks: [unknown, fail, pass]).outcome == .invalid)
    }

    @Test func noChecksIsNeverValid() {
        #expect(VerificationReport(format: .unknown).outcome == .indeterminate)
    }

    @Test func exitStatusFollowsOutcome() {
        #expect(Outcome.valid.exitStatus == 0)
        #expect(Outcome.validWithWarnings.exitStatus == 0)
        #expect(Outcome.invalid.exitStatus == 1)
        #expect(Outcome.indeterminate.exitStatus == 2)
    }

    @Test func textLeadsWithTheVerdictAndListsEveryCode() {
        var summary = VerificationReport.Summary()
        summary.achievementName = "Partnership Building"
        summary.issuerName = "Community Learning Network"
        summary.validFrom = "2026-11-22T10:00:00Z"
        let text = VerificationReport(format: .vcJWT, summary: summary, checks: [pass, fail]).text()
        #expect(text.hasPrefix("INVALID:"))
        #expect(text.contains("Partnership Building"))
        #expect(text.contains("proof.signature_valid"))
        #expect(text.contains("FAILED   dates.expired"))
    }

    @Test(.enabled(if: Oracle.isAvailable, Oracle.missingComment))
    func jsonFollowsTheProjectSchema() throws {
        var summary = VerificationReport.Summary()
        summary.id = "urn:uuid:6a3c0c70-0a0b-4a52-9a53-53e1a6a4c2b1"
        summary.types = ["VerifiableCredential", "OpenBadgeCredential"]
        summary.issuerId = "did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi"
        summary.validFrom = "2026-11-22T10:00:00Z"
        let report = VerificationReport(format: .vcJWT, summary: summary, checks: [
            pass, warn, Check.undecided(.keyUnresolvable, "No key.", evidence: ["kid": "https://example.org/keys/1"]),
        ], credential: ["id": "x"])
        let schema = Vectors.projectRoot.appendingPathComponent("schemas/verification-report.schema.json").path
        for includeCredential in [false, true] {
            let result = try Oracle.run(script: "json_schema.py", arguments: [schema],
                                        input: report.json(includeCredential: includeCredential).serialized())
            #expect(result.status == 0, "\(result.stdoutText)\(result.stderrText)")
        }
        // The oracle judges: a report with an unknown severity fails the schema.
        var broken = report.json()
        broken["outcome"] = "probably_fine"
        let rejected = try Oracle.run(script: "json_schema.py", arguments: [schema], input: broken.serialized())
        #expect(rejected.status == 1)
        #expect(rejected.stdoutText.contains("/outcome"))
    }
}
