import BadgeVerifier
import Foundation
import OpenBadges
import TestSupport
import Testing

/// Hosted OB 2.0 badges: the issuer's copy decides, the scope rules decide where it may live, and a
/// failure to look is never a pass.
@Suite("OB 2.0 hosted badges", .enabled(if: Vectors.isAvailable, Vectors.missingComment))
struct OB2HostedTests {
    static let id = "https://example.org/beths-robotics-badge.json"

    func basic() throws -> JSON { try JSON.parse(try OB2Support.fixture("basic-assertion.json")) }

    func verify(_ presented: JSON, hosted: JSON? = nil, _ answers: [String: OB2FixtureFetcher.Answer] = [:]) async throws -> VerificationReport {
        var all = answers
        if let hosted, let id = hosted["id"]?.stringValue, all[id] == nil { all[id] = .document(OB2Support.bytes(hosted)) }
        return await OB2Support.verifier(OB2FixtureFetcher(all)).verify(OB2Support.bytes(presented))
    }

    @Test func theIssuersCopyConfirmsTheBadge() async throws {
        let report = try await verify(try basic(), hosted: try basic())
        #expect(report.outcome == .valid, "\(report.text())")
        #expect(report.checks(.ob2Hosted).first?.evidence["url"] == .string(Self.id))
        #expect(report.has(.ob2Scope) && report.has(.ob2BadgeClass) && report.has(.ob2Issuer) && report.has(.datesValid))
        #expect(report.summary.dataModel == "Open Badges 2.0, hosted")
        #expect(report.summary.achievementName == "Awesome Robotics Badge")
        #expect(report.credential?["badge"]?["issuer"]?["name"] == "An Example Badge Issuer", "the report carries the assembled badge")
    }

    @Test func withoutTheNetworkAHostedBadgeIsNeverValid() async throws {
        let report = await Verifier(options: VerifierOptions(now: OB2Support.now)).verify(OB2Support.bytes(try basic()))
        #expect(report.outcome == .indeterminate)
        #expect(report.checks(.ob2HostedUnreachable).first?.severity == .indeterminate)
    }

    @Test func anAssertionOnAnotherOriginIsNotTheIssuers() async throws {
        var forged = try basic()
        forged["id"] = "https://evil.example/beths-robotics-badge.json"
        let report = try await verify(forged, hosted: forged)
        #expect(report.outcome == .invalid)
        let violation = try #require(report.checks(.ob2ScopeViolation).first)
        #expect(violation.message.contains("evil.example"))
        #expect(violation.evidence["allowedOrigins"] == ["example.org"])
    }

    @Test func theIssuersAllowedOriginsAndPrefixesApply() async throws {
        var presented = try basic()
        presented["badge"] = "https://example.org/badgeclass-with-verification-valid-starts-with.json"
        presented["id"] = "https://example.org/elsewhere/1.json"
        var report = try await verify(presented, hosted: presented)
        #expect(!report.has(.ob2ScopeViolation), "https://example.org/ is an allowed prefix")
        presented["badge"] = "https://example.org/badgeclass-with-verification-invalid-starts-with.json"
        report = try await verify(presented, hosted: presented)
        #expect(report.has(.ob2ScopeViolation))
    }

    @Test func gone410MeansRevoked() async throws {
        let report = try await verify(try basic(), [Self.id: .status(410)])
        #expect(report.outcome == .invalid)
        #expect(report.checks(.ob2Revoked).first?.message.contains("410") == true)
    }

    @Test func aHostedCopyThatSaysRevokedIsRevoked() async throws {
        let stub: JSON = ["@context": "https://w3id.org/openbadges/v2", "id": .string(Self.id), "revoked": true,
                          "revocationReason": "Awarded in error"]
        let report = try await verify(try basic(), hosted: stub)
        #expect(report.outcome == .invalid)
        #expect(report.checks(.ob2Revoked).first?.message.contains("Awarded in error") == true)
    }

    @Test func aMissingHostedCopyIsInvalid() async throws {
        let report = try await verify(try basic(), [Self.id: .status(404)])
        #expect(report.outcome == .invalid)
        #expect(report.has(.ob2HostedMissing))
    }

    @Test func aPresentedCopyThatDiffersFromTheIssuersIsAForgery() async throws {
        var presented = try basic()
        presented["recipient"]?["identity"] = "sha256$0000000000000000000000000000000000000000000000000000000000000000"
        let report = try await verify(presented, hosted: try basic())
        #expect(report.outcome == .invalid)
        #expect(report.checks(.ob2HostedDiffers).first?.evidence["differs"] == ["recipient"])
        #expect(report.summary.subject == "email (hashed)")

        var cosmetic = try basic()
        cosmetic["evidence"] = "https://example.org/other-work.html"
        let warned = try await verify(cosmetic, hosted: try basic())
        #expect(warned.outcome == .validWithWarnings)
        #expect(warned.checks(.ob2HostedDiffers).first?.severity == .warning)
    }

    @Test func anUnreachableBadgeClassIsIndeterminateAndAMissingOneInvalid() async throws {
        let badgeClass = "https://example.org/robotics-badge.json"
        var report = try await verify(try basic(), hosted: try basic(), [badgeClass: .unreachable])
        #expect(report.outcome == .indeterminate)
        #expect(report.checks(.ob2BadgeClassUnreachable).first?.severity == .indeterminate)
        report = try await verify(try basic(), hosted: try basic(), [badgeClass: .status(404)])
        #expect(report.outcome == .invalid)
        #expect(report.has(.ob2BadgeClassInvalid))
    }

    @Test func theBakedPNGAndALinkVerifyLikeTheJSON() async throws {
        let png = try OB2Support.fixture("simple-badge.png")
        let fetcher = try OB2Support.hosting(try #require(try Unbaker.unbake(png).payload).bytes)
        let baked = await OB2Support.verifier(fetcher).verify(png)
        #expect(baked.format == .png)
        #expect(baked.outcome == .valid, "\(baked.text())")

        let linked = await OB2Support.verifier(try OB2Support.hosting(OB2Support.bytes(try basic()))).verify(url: Self.id)
        #expect(linked.format == .url)
        #expect(linked.outcome == .valid, "\(linked.text())")
        #expect(linked.checks(.ob2Hosted).first?.message.contains("was read from its issuer's address") == true)

        let gone = await OB2Support.verifier(OB2FixtureFetcher([Self.id: .status(410)])).verify(url: Self.id)
        #expect(gone.outcome == .invalid && gone.has(.ob2Revoked))
    }

    @Test func bakedSVGsAndSignedBadgesBakedIntoPNGsVerify() async throws {
        let svg = try Baker.bake(image: try Vectors.bytes("openbadges/bakery-mozilla/unbaked.svg"),
                                 payload: BakedPayload(json: try basic()), version: .ob2)
        let bakedSVG = await OB2Support.verifier(try OB2Support.hosting(OB2Support.bytes(try basic()))).verify(svg)
        #expect(bakedSVG.format == .svg)
        #expect(bakedSVG.outcome == .valid, "\(bakedSVG.text())")

        let jwt = String(decoding: try OB2Support.fixture("simple.jwt"), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let png = try Baker.bake(image: try OB2Support.asset("robotics-badge.png"), payload: .compactJWS(jwt), version: .ob2)
        let bakedPNG = await OB2Support.verifier().verify(png)
        #expect(bakedPNG.format == .png)
        #expect(bakedPNG.outcome == .valid, "\(bakedPNG.text())")
        #expect(bakedPNG.has(.signatureValid))
    }

    @Test func theExpectedRecipientIsChecked() async throws {
        let verifier = OB2Support.verifier(try OB2Support.hosting(OB2Support.bytes(try basic())))
        let matched = await verifier.verify(OB2Support.bytes(try basic()), expectedRecipient: try OB2.ExpectedRecipient("email:nobody@example.org"))
        #expect(matched.outcome == .valid)
        #expect(matched.has(.ob2RecipientMatched))
        let other = await verifier.verify(OB2Support.bytes(try basic()), expectedRecipient: try OB2.ExpectedRecipient("email:alice@example.org"))
        #expect(other.outcome == .invalid)
        #expect(other.has(.ob2RecipientMismatch))
        let unchecked = await verifier.verify(OB2Support.bytes(try basic()))
        #expect(unchecked.checks(.ob2RecipientUnchecked).first?.message.contains("hashed email") == true)
    }
}
