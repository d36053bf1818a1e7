import BadgeCrypto
import BadgeIssuer
import BadgeVerifier
import IssuanceFixtures
import LaurelJSON
import OpenBadges
import Testing

/// Decides a list's trust without checking it: the status logic is tested apart from proof suites.
struct StubListVerifier: StatusListCredentialVerifier {
    var trust: StatusListCredentialVerification.Trust = .verified

    func verify(_ document: FetchedDocument, options: VerifierOptions, now: DateTime?) async -> StatusListCredentialVerification {
        StatusListCredentialVerification(document: try? JSON.parse(document.bytes), trust: trust)
    }
}

/// VC-JWT credentials with status entries, checked against lists made by the issuer side.
@Suite("Status step: purposes, indices and outcomes")
struct StatusStepTests {
    static let listURL = "https://issuer.example.org/status/1"
    static let now = try? DateTime("2026-06-01T12:00:00Z")

    let key: IssuerKey
    let issuerID: String

    init() throws {
        key = try Fixtures.key(.ed25519)
        issuerID = try #require(key.didKey?.did)
    }

    /// A VC-JWT of the example credential with `status` as its credentialStatus.
    func credential(status: JSON) throws -> String {
        guard case .object(var document) = try Fixtures.credential(key: key).json else { throw StatusTestError.notAnObject }
        document["credentialStatus"] = status
        return try VCJWTSigner.sign(document: document, with: key)
    }

    func entry(_ index: Int, purpose: StatusPurpose = .revocation, url: String = listURL) -> JSON {
        BitstringStatusListEntry(id: "\(url)#\(index)", statusPurpose: purpose, statusListIndex: index, statusListCredential: url).json
    }

    func listDocument(_ list: IssuerStatusList, issuer: String? = nil) throws -> [UInt8] {
        list.credential(issuerID: issuer ?? issuerID, validFrom: try DateTime("2026-01-01T00:00:00Z")).json.serialized()
    }

    func verify(_ jwt: String, lists: [String: StatusTestFetcher.Answer],
                trust: StatusListCredentialVerification.Trust = .verified) async -> (VerificationReport, StatusTestFetcher) {
        let fetcher = StatusTestFetcher(lists)
        var verifier = Verifier(options: VerifierOptions(now: Self.now, fetcher: fetcher))
        verifier.statusListCredentialVerifier = StubListVerifier(trust: trust)
        return (await verifier.verify(jwt: jwt), fetcher)
    }

    @Test("a clear bit in a verified list: valid, with the list, index and purpose as evidence")
    func notRevoked() async throws {
        var list = try IssuerStatusList(url: Self.listURL)
        try list.revoke(41)
        let (report, _) = await verify(try credential(status: entry(42)), lists: [Self.listURL: .bytes(try listDocument(list))])
        #expect(report.outcome == .valid, "\(report.text())")
        let check = try #require(report.checks(.statusValid).first)
        #expect(check.evidence["statusListCredential"]?.stringValue == Self.listURL)
        #expect(check.evidence["statusListIndex"]?.stringValue == "42")
        #expect(check.evidence["statusPurpose"]?.stringValue == "revocation")
        #expect(check.evidence["listProof"]?.stringValue == "verified")
    }

    @Test("a set revocation bit: invalid, status.revoked")
    func revoked() async throws {
        var list = try IssuerStatusList(url: Self.listURL)
        try list.revoke(42)
        let (report, _) = await verify(try credential(status: entry(42)), lists: [Self.listURL: .bytes(try listDocument(list))])
        #expect(report.outcome == .invalid)
        #expect(report.checks.filter { $0.severity == .error }.map(\.code) == [.statusRevoked])
        #expect(report.checks(.statusRevoked).first?.evidence["statusListIndex"]?.stringValue == "42")
    }

    @Test("suspension: invalid while suspended, valid once reinstated")
    func suspension() async throws {
        var list = try IssuerStatusList(url: Self.listURL, purpose: .suspension)
        try list.suspend(7)
        let jwt = try credential(status: entry(7, purpose: .suspension))
        let (suspended, _) = await verify(jwt, lists: [Self.listURL: .bytes(try listDocument(list))])
        #expect(suspended.outcome == .invalid && suspended.has(.statusSuspended))
        try list.reinstate(7)
        let (reinstated, _) = await verify(jwt, lists: [Self.listURL: .bytes(try listDocument(list))])
        #expect(reinstated.outcome == .valid && reinstated.has(.statusValid))
    }

    @Test("a list that cannot be trusted is ignored, even when it says revoked")
    func rejectedList() async throws {
        var list = try IssuerStatusList(url: Self.listURL)
        try list.revoke(42)
        let (report, _) = await verify(try credential(status: entry(42)), lists: [Self.listURL: .bytes(try listDocument(list))],
                                       trust: .rejected("The signature does not verify."))
        #expect(report.outcome == .indeterminate)
        #expect(report.has(.statusListInvalid) && !report.has(.statusRevoked))
    }

    @Test("a list whose proof could not be checked: revoked stays invalid, clear is only indeterminate")
    func uncheckedList() async throws {
        var list = try IssuerStatusList(url: Self.listURL)
        try list.revoke(42)
        let lists: [String: StatusTestFetcher.Answer] = [Self.listURL: .bytes(try listDocument(list))]
        let (revoked, _) = await verify(try credential(status: entry(42)), lists: lists, trust: .unchecked("suite not supported"))
        #expect(revoked.outcome == .invalid && revoked.has(.statusRevoked))
        #expect(revoked.checks(.statusRevoked).first?.evidence["listProof"]?.stringValue == "not verified: suite not supported")
        let (clear, _) = await verify(try credential(status: entry(43)), lists: lists, trust: .unchecked("suite not supported"))
        #expect(clear.outcome == .indeterminate && clear.has(.statusListUnverified) && !clear.has(.statusValid))
    }

    @Test("a list of another purpose, another issuer or another type cannot answer")
    func listMismatches() async throws {
        let suspensionList = try IssuerStatusList(url: Self.listURL, purpose: .suspension)
        let (purpose, _) = await verify(try credential(status: entry(1)), lists: [Self.listURL: .bytes(try listDocument(suspensionList))])
        #expect(purpose.outcome == .indeterminate && purpose.has(.statusListInvalid))

        let list = try IssuerStatusList(url: Self.listURL)
        let (issuer, _) = await verify(try credential(status: entry(1)),
                                       lists: [Self.listURL: .bytes(try listDocument(list, issuer: "did:web:someone-else.example"))])
        #expect(issuer.outcome == .indeterminate && issuer.has(.statusListIssuerMismatch))

        var sl2021 = list.credential(issuerID: issuerID, validFrom: try DateTime("2026-01-01T00:00:00Z"))
        sl2021.types = ["VerifiableCredential", "StatusList2021Credential"]
        let (type, _) = await verify(try credential(status: entry(1)), lists: [Self.listURL: .bytes(sl2021.json.serialized())])
        #expect(type.outcome == .indeterminate && type.has(.statusListInvalid))
        let message = try #require(type.checks(.statusListInvalid).first?.message)
        #expect(message.contains("BitstringStatusListCredential"))
    }

    @Test("an index outside the list is indeterminate, naming the index and the length")
    func indexOutOfRange() async throws {
        let list = try IssuerStatusList(url: Self.listURL)
        for index: JSON in ["131072", "99999999999999999999999"] {
            var status = entry(0)
            status["statusListIndex"] = index
            let (report, _) = await verify(try credential(status: status), lists: [Self.listURL: .bytes(try listDocument(list))])
            #expect(report.outcome == .indeterminate)
            let check = try #require(report.checks(.statusIndexOutOfRange).first)
            #expect(check.message.contains("index \(index.stringValue ?? "")") && check.message.contains("131072 entries"))
        }
    }

    @Test("an unknown purpose or a malformed entry is indeterminate, and nothing is fetched")
    func unknownPurposeAndMalformedEntry() async throws {
        var unknown = entry(1)
        unknown["statusPurpose"] = "quarantine"
        let (purpose, fetcher) = await verify(try credential(status: unknown), lists: [:])
        #expect(purpose.outcome == .indeterminate && purpose.has(.statusUnsupported))
        #expect(await fetcher.log.counts.isEmpty)
        var malformed = entry(1)
        malformed["statusListIndex"] = "12a"
        let (bad, _) = await verify(try credential(status: malformed), lists: [:])
        #expect(bad.outcome == .indeterminate && bad.has(.statusEntryInvalid))
        #expect(bad.checks(.statusEntryInvalid).first?.evidence["pointer"]?.stringValue == "/credentialStatus/statusListIndex")
    }

    @Test("two entries in one list are answered from one fetch; each entry gets its own check")
    func oneFetchPerList() async throws {
        var bits = try StatusBitstring(entries: 131_072)
        try bits.setValue(1, at: 12_345)
        let shared = StatusListCredential(id: Self.listURL, issuerID: issuerID, validFrom: try DateTime("2026-01-01T00:00:00Z"),
                                          subjectID: Self.listURL + "#list", statusPurposes: [.revocation, .suspension],
                                          encodedList: bits.encodedList())
        let status: JSON = [entry(94_567), entry(12_345, purpose: .suspension)]
        let (report, fetcher) = await verify(try credential(status: status), lists: [Self.listURL: .bytes(shared.json.serialized())])
        #expect(report.outcome == .invalid)
        #expect(report.checks(.statusValid).count == 1 && report.checks(.statusSuspended).count == 1)
        #expect(await fetcher.log.counts == [Self.listURL: 1])
    }

    @Test("a list shorter than the minimum still answers, with a warning")
    func shortList() async throws {
        let bits = try StatusBitstring(entries: 100_000)
        let document = StatusListCredential(id: Self.listURL, issuerID: issuerID, validFrom: try DateTime("2026-01-01T00:00:00Z"),
                                            subjectID: nil, statusPurposes: [.revocation], encodedList: bits.encodedList())
        let (report, _) = await verify(try credential(status: entry(5)), lists: [Self.listURL: .bytes(document.json.serialized())])
        #expect(report.outcome == .validWithWarnings)
        #expect(report.has(.statusListShort) && report.has(.statusValid))
    }

    @Test("StatusList2021 entries read StatusList2021 lists")
    func statusList2021() async throws {
        var bits = try StatusBitstring(entries: 131_072)
        try bits.setValue(1, at: 3)
        let document = StatusListCredential(format: .statusList2021, id: Self.listURL, issuerID: issuerID,
                                            validFrom: try DateTime("2026-01-01T00:00:00Z"), subjectID: nil,
                                            statusPurposes: [.revocation], encodedList: bits.encodedList(format: .statusList2021))
        var status = entry(3)
        status["type"] = "StatusList2021Entry"
        let (report, _) = await verify(try credential(status: status), lists: [Self.listURL: .bytes(document.json.serialized())])
        #expect(report.outcome == .invalid && report.has(.statusRevoked))
    }

    @Test("a multi-bit message entry reports the issuer's message")
    func messageEntry() async throws {
        var bits = try StatusBitstring(entries: 131_072, statusSize: 2)
        try bits.setValue(2, at: 9, statusSize: 2)
        let document = StatusListCredential(id: Self.listURL, issuerID: issuerID, validFrom: try DateTime("2026-01-01T00:00:00Z"),
                                            subjectID: nil, statusPurposes: [.message], encodedList: bits.encodedList())
        let messages = (0..<4).map { StatusMessage(status: $0, message: ["pending", "accepted", "under review", "withdrawn"][$0]) }
        // OB 3.0 requires an id on every credentialStatus (the Bitstring Status List leaves it optional).
        let status = BitstringStatusListEntry(id: Self.listURL + "#9", statusPurpose: .message, statusListIndex: 9, statusListCredential: Self.listURL,
                                              statusSize: 2, statusMessages: messages).json
        let (report, _) = await verify(try credential(status: status), lists: [Self.listURL: .bytes(document.json.serialized())])
        let check = try #require(report.checks(.statusMessage).first)
        #expect(check.evidence["status"]?.intValue == 2 && check.evidence["statusMessage"]?.stringValue == "under review")
        #expect(report.outcome == .valid)
    }
}

enum StatusTestError: Error { case notAnObject }
