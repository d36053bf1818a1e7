import BadgeVerifier
import LaurelJSON
import OpenBadges
import TestSupport
import Testing

/// The 1EdTech validator's revoked fixtures through the whole verifier (upstream expects "invalid" with
/// the RevocationListProbe / BitstringStatusListProbe firing; see expected-results.json).
@Suite("Status: 1EdTech revoked fixtures", .enabled(if: Vectors.isAvailable, Vectors.missingComment))
struct StatusFixtureTests {
    static let folder = "openbadges/1edtech-dc-public-validator/vc-test-resources/ob30/"
    static let bitstringListURL =
        "https://raw.githubusercontent.com/1EdTech/digital-credentials-public-validator/refs/heads/main/inspector-vc/src/test/resources/ob30/bit-string-list/testlist"
    static let revocationListURL =
        "https://dc.1edtech.org/wellspring2022/wellspring-portal/api/revocations/da1e96e9-afcc-4eed-b9a2-2ddf7353214c"
    static let revokedCredentialID =
        "https://dc.1edtech.org/wellspring2022/wellspring-portal/credential/54418d3f-ec01-4652-800a-861c890a51a1"
    static let now = try? DateTime("2026-06-01T12:00:00Z")

    static func verifier(_ fetcher: StatusTestFetcher) -> Verifier {
        Verifier(options: VerifierOptions(now: now, fetcher: fetcher))
    }

    /// The upstream test reads the live list at dc.1edtech.org, which is not among the vectors; this is
    /// a list of the shape OB 3.0 §9.7 describes that revokes the fixture's credential.
    static func revocationList(revoking ids: [String]) -> [UInt8] {
        let list: JSON = ["id": .string(revocationListURL), "revokedCredentials": .array(ids.map { ["id": .string($0)] })]
        return list.serialized()
    }

    @Test("upstream expects both fixtures invalid")
    func upstreamExpectations() throws {
        let results = try #require(try Vectors.json("openbadges/1edtech-dc-public-validator/expected-results.json")["results"]?.arrayValue)
        for file in ["ob30/credential-status-revoked.json", "ob30/bit-string-list/credential-status-revoked.json",
                     "ob30/bit-string-list/credential-status-revoked-blank-nodes.json"] {
            let row = try #require(results.first { $0["file"]?.stringValue == file }, "\(file)")
            #expect(row["expect"]?.stringValue == "invalid", "\(file)")
        }
    }

    @Test("credential-status-revoked.json (1EdTechRevocationList) is invalid: revoked")
    func oneEdTechRevocationList() async throws {
        let fetcher = StatusTestFetcher([Self.revocationListURL: .bytes(Self.revocationList(revoking: ["urn:uuid:other", Self.revokedCredentialID]))])
        let report = await Self.verifier(fetcher).verify(try Vectors.bytes(Self.folder + "credential-status-revoked.json"))
        #expect(report.outcome == .invalid)
        let revoked = try #require(report.checks(.statusRevoked).first)
        #expect(revoked.evidence["revocationList"]?.stringValue == Self.revocationListURL)
        #expect(revoked.evidence["credential"]?.stringValue == Self.revokedCredentialID)
        // The only failure is the revocation (upstream: one fatal, no errors).
        #expect(report.checks.filter { $0.severity == .error }.map(\.code) == [.statusRevoked])

        // The same credential, absent from the list: its status is fine (the outcome still waits on its proof).
        let clean = StatusTestFetcher([Self.revocationListURL: .bytes(Self.revocationList(revoking: ["urn:uuid:other"]))])
        let notRevoked = await Self.verifier(clean).verify(try Vectors.bytes(Self.folder + "credential-status-revoked.json"))
        #expect(notRevoked.has(.statusValid) && !notRevoked.has(.statusRevoked))
        #expect(notRevoked.outcome != .invalid)
    }

    @Test("bit-string-list fixtures (one with blank nodes) are invalid: index 23 of the revocation list is set",
          arguments: ["credential-status-revoked.json", "credential-status-revoked-blank-nodes.json"])
    func bitstringStatusList(file: String) async throws {
        let fetcher = StatusTestFetcher([Self.bitstringListURL: .vectorFile(Self.folder + "bit-string-list/testlist")])
        let report = await Self.verifier(fetcher).verify(try Vectors.bytes(Self.folder + "bit-string-list/" + file))
        #expect(report.outcome == .invalid)
        let revoked = try #require(report.checks(.statusRevoked).first)
        #expect(revoked.evidence["statusListCredential"]?.stringValue == Self.bitstringListURL)
        #expect(revoked.evidence["statusListIndex"]?.stringValue == "23")
        #expect(revoked.evidence["statusPurpose"]?.stringValue == "revocation")
        #expect(revoked.evidence["listIssuer"]?.stringValue == "https://1edtech.edu/issuers/565049")
        #expect(report.checks.filter { $0.severity == .error }.map(\.code) == [.statusRevoked])
        // The fixture writes the index as a number; Laurel reads it and says so.
        #expect(report.has(.statusIndexNotString))
        // The list is read once (the issuer's document may also be read, to confirm the proof's key).
        #expect(await fetcher.log.counts[Self.bitstringListURL] == 1)
    }

    @Test("an unreachable list makes the credential indeterminate, never valid")
    func unreachable() async throws {
        for file in ["bit-string-list/credential-status-revoked.json", "credential-status-revoked.json"] {
            let report = await Self.verifier(StatusTestFetcher()).verify(try Vectors.bytes(Self.folder + file))
            #expect(report.outcome == .indeterminate, "\(file)")
            #expect(report.has(.statusUnreachable), "\(file)")
            #expect(!report.has(.statusValid) && !report.has(.statusRevoked), "\(file)")
        }
        let offline = Verifier(options: VerifierOptions(now: Self.now))  // the default: no network at all
        let report = await offline.verify(try Vectors.bytes(Self.folder + "bit-string-list/credential-status-revoked.json"))
        #expect(report.outcome == .indeterminate && report.has(.statusUnreachable))
        let gone = StatusTestFetcher([Self.bitstringListURL: .failure(.httpStatus(404, url: Self.bitstringListURL))])
        let missing = await Self.verifier(gone).verify(try Vectors.bytes(Self.folder + "bit-string-list/credential-status-revoked.json"))
        #expect(missing.outcome == .indeterminate && missing.has(.statusListNotFound))
    }

    /// The type is changed in a signed fixture, so its proof fails too (invalid overall); the status entry
    /// itself is reported as undecidable, and the list is never read.
    @Test("an unknown status type is undecided and nothing is fetched for it")
    func unknownType() async throws {
        var json = try Vectors.json(Self.folder + "bit-string-list/credential-status-revoked.json")
        json["credentialStatus"]?["type"] = "RevocationList2020Status"
        let fetcher = StatusTestFetcher([Self.bitstringListURL: .vectorFile(Self.folder + "bit-string-list/testlist")])
        let report = await Self.verifier(fetcher).verify(json.serialized())
        #expect(report.outcome == .invalid)
        #expect(report.has(.signatureInvalid))
        let unsupported = try #require(report.checks(.statusUnsupported).first)
        #expect(unsupported.severity == .indeterminate)
        #expect(unsupported.evidence["type"] == ["RevocationList2020Status"])
        #expect(await fetcher.log.counts[Self.bitstringListURL] == nil)
    }
}
