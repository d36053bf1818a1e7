import BadgeIssuer
import OpenBadges
import Testing

@Suite("Issuer status lists: allocate, revoke, encode, decode")
struct IssuerStatusListTests {
    static let url = "https://issuer.example.org/status/1"

    @Test("a new list has the 131,072-entry minimum; shorter lists are refused")
    func minimumLength() throws {
        let list = try IssuerStatusList(url: Self.url)
        #expect(list.entries == 131_072 && list.bitstring.bytes.count == 16_384)
        #expect(throws: StatusListIssuanceError.listTooShort(entries: 100_000, minimum: 131_072)) {
            try IssuerStatusList(url: Self.url, entries: 100_000)
        }
        #expect(throws: StatusListIssuanceError.self) {
            try IssuerStatusList(url: Self.url, purpose: .revocation, bitstring: StatusBitstring(bytes: [0, 0]))
        }
        #expect(try IssuerStatusList(url: Self.url, entries: 1 << 20).entries == 1 << 20)
    }

    @Test("allocation hands out each index once, and stops when the list is full")
    func allocation() async throws {
        let store = InMemoryStatusIndexStore()
        let allocator = StatusListAllocator(store: store, listURL: Self.url)
        var indices: [String] = []
        for _ in 0..<5 {
            let entry = try await allocator.allocate()
            #expect(entry.statusListCredential == Self.url && entry.statusPurpose == .revocation)
            #expect(entry.id == "\(Self.url)#\(entry.statusListIndex)")
            indices.append(entry.statusListIndex)
        }
        #expect(indices == ["0", "1", "2", "3", "4"])
        // Another list counts on its own; concurrent callers never share an index.
        let other = StatusListAllocator(store: store, listURL: Self.url + "-b", capacity: 200)
        let concurrent = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<200 { group.addTask { try await other.allocate().statusListIndex } }
            return try await group.reduce(into: Set<String>()) { $0.insert($1) }
        }
        #expect(concurrent.count == 200)
        await #expect(throws: StatusListIssuanceError.listFull(list: Self.url + "-b", capacity: 200)) { try await other.allocate() }
    }

    @Test("allocate, revoke, build the list credential, read it back: exactly the revoked bits are set")
    func roundTrip() async throws {
        let allocator = StatusListAllocator(store: InMemoryStatusIndexStore(), listURL: Self.url)
        var list = try IssuerStatusList(url: Self.url)
        var revoked: [Int] = []
        for position in 0..<40 {
            let entry = try await allocator.allocate()
            let index = try #require(entry.index)
            if position % 7 == 3 {
                try list.revoke(index)
                revoked.append(index)
            }
        }
        try list.revoke(131_071)
        revoked.append(131_071)
        let credential = list.credential(issuerID: "did:example:issuer", validFrom: try DateTime("2026-01-01T00:00:00Z"), ttl: 300_000)
        let json = credential.json
        #expect(json["type"] == ["VerifiableCredential", "BitstringStatusListCredential"])
        #expect(json["id"]?.stringValue == Self.url && json["issuer"]?.stringValue == "did:example:issuer")
        #expect(json["validFrom"]?.stringValue == "2026-01-01T00:00:00Z")
        #expect(json["credentialSubject"]?["type"]?.stringValue == "BitstringStatusList")
        #expect(json["credentialSubject"]?["statusPurpose"]?.stringValue == "revocation")
        #expect(json["credentialSubject"]?["id"]?.stringValue == Self.url + "#list")
        #expect(json["credentialSubject"]?["ttl"]?.intValue == 300_000)
        // What a verifier reads back, through the document's own bytes.
        let reread = try StatusListCredential(json: try JSON.parse(json.serialized()), format: .bitstringStatusList)
        let bits = try reread.bitstring()
        #expect(bits.bitCount == 131_072)
        #expect(bits.setBitPositions == revoked)
        #expect(try list.isSet(revoked[0]) && !(try list.isSet(0)))
    }

    @Test("revocation is permanent; suspension can be lifted; operations must fit the list's purpose")
    func purposes() throws {
        var revocation = try IssuerStatusList(url: Self.url)
        try revocation.revoke(5)
        #expect(throws: StatusListIssuanceError.revocationIsPermanent(index: 5)) { try revocation.reinstate(5) }
        #expect(throws: StatusListIssuanceError.wrongPurpose(operation: "suspend", purpose: .revocation)) { try revocation.suspend(6) }
        var suspension = try IssuerStatusList(url: Self.url, purpose: .suspension)
        try suspension.suspend(6)
        #expect(try suspension.isSet(6))
        try suspension.reinstate(6)
        #expect(try !suspension.isSet(6))
        #expect(throws: StatusListIssuanceError.wrongPurpose(operation: "revoke", purpose: .suspension)) { try suspension.revoke(6) }
        #expect(throws: StatusListIssuanceError.self) { try suspension.suspend(131_072) }
    }

    @Test("an entry becomes the credential's credentialStatus and reads back the same")
    func entryInCredential() async throws {
        let entry = try await StatusListAllocator(store: InMemoryStatusIndexStore(), listURL: Self.url, purpose: .suspension).allocate()
        let status = try entry.credentialStatus
        #expect(status.type == "BitstringStatusListEntry" && status.id == "\(Self.url)#0")
        guard case .statusList(let reread) = try CredentialStatusEntry(json: status.json) else { Issue.record("not a status list entry"); return }
        #expect(reread == entry)
    }
}
