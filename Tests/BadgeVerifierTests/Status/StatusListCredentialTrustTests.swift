import BadgeCrypto
import BadgeIssuer
import BadgeVerifier
import IssuanceFixtures
import LaurelJSON
import OpenBadges
import Testing

/// The verifier's own check of a status list credential (no stub): a list signed as a VC-JWT by the
/// issuer's key is verified with the same steps as any VC-JWT; unsigned, tampered or expired lists are
/// not trusted.
@Suite("Status: the list credential's own verification")
struct StatusListCredentialTrustTests {
    static let listURL = "https://issuer.example.org/status/7"
    static let now = try? DateTime("2026-06-01T12:00:00Z")

    let key: IssuerKey
    let issuerID: String

    init() throws {
        key = try Fixtures.key(.ed25519)
        issuerID = try #require(key.didKey?.did)
    }

    func credential(index: Int) throws -> String {
        guard case .object(var document) = try Fixtures.credential(key: key).json else { throw StatusTestError.notAnObject }
        document["credentialStatus"] = BitstringStatusListEntry(id: "\(Self.listURL)#\(index)", statusPurpose: .revocation,
                                                                 statusListIndex: index, statusListCredential: Self.listURL).json
        return try VCJWTSigner.sign(document: document, with: key)
    }

    func signedList(revoking indices: [Int], validUntil: String? = nil) throws -> String {
        var list = try IssuerStatusList(url: Self.listURL)
        for index in indices { try list.revoke(index) }
        let document = list.credential(issuerID: issuerID, validFrom: try DateTime("2026-01-01T00:00:00Z"),
                                       validUntil: try validUntil.map { try DateTime($0) })
        guard case .object(let object) = document.json else { throw StatusTestError.notAnObject }
        return try VCJWTSigner.sign(document: object, with: key)
    }

    func verify(_ jwt: String, list: [UInt8]) async -> VerificationReport {
        let fetcher = StatusTestFetcher([Self.listURL: .bytes(list)])
        return await Verifier(options: VerifierOptions(now: Self.now, fetcher: fetcher)).verify(jwt: jwt)
    }

    @Test("a VC-JWT list signed by the issuer verifies: valid, or revoked")
    func signedLists() async throws {
        let list = Array(try signedList(revoking: [3]).utf8)
        let clear = await verify(try credential(index: 4), list: list)
        #expect(clear.outcome == .valid, "\(clear.text())")
        #expect(clear.checks(.statusValid).first?.evidence["listProof"]?.stringValue == "verified")
        let revoked = await verify(try credential(index: 3), list: list)
        #expect(revoked.outcome == .invalid && revoked.has(.statusRevoked))
        #expect(revoked.checks(.statusRevoked).first?.evidence["listProof"]?.stringValue == "verified")
    }

    @Test("a tampered, unsigned or expired list is not trusted: indeterminate, never valid")
    func untrustedLists() async throws {
        var tampered = Array(try signedList(revoking: []).utf8)
        let lastDot = try #require(tampered.lastIndex(of: UInt8(ascii: ".")))
        tampered[lastDot + 2] = tampered[lastDot + 2] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
        var list = try IssuerStatusList(url: Self.listURL)
        try list.revoke(9)
        let unsigned = list.credential(issuerID: issuerID, validFrom: try DateTime("2026-01-01T00:00:00Z")).json.serialized()
        let expired = Array(try signedList(revoking: [], validUntil: "2026-02-01T00:00:00Z").utf8)
        for (name, bytes) in [("tampered", tampered), ("unsigned", unsigned), ("expired", expired)] {
            let report = await verify(try credential(index: 9), list: bytes)
            #expect(report.outcome == .indeterminate, "\(name): \(report.text())")
            #expect(report.has(.statusListInvalid) && !report.has(.statusValid) && !report.has(.statusRevoked), "\(name)")
        }
    }
}
