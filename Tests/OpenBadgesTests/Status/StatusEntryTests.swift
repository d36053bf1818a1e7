import OpenBadges
import TestSupport
import Testing

@Suite("Status entries and status list credentials")
struct StatusEntryTests {
    static let entry: JSON = [
        "id": "https://example.com/credentials/status/3#94567", "type": "BitstringStatusListEntry",
        "statusPurpose": "revocation", "statusListIndex": "94567", "statusListCredential": "https://example.com/credentials/status/3",
    ]

    @Test("a BitstringStatusListEntry reads and writes back")
    func bitstringEntry() throws {
        guard case .statusList(let entry) = try CredentialStatusEntry(json: Self.entry) else { Issue.record("wrong kind"); return }
        #expect(entry.format == .bitstringStatusList)
        #expect(entry.statusPurpose == .revocation)
        #expect(entry.statusListIndex == "94567" && entry.index == 94_567)
        #expect(entry.statusSize == 1 && !entry.indexWrittenAsNumber)
        #expect(entry.json == Self.entry)
    }

    @Test("StatusList2021Entry and 1EdTechRevocationList are recognised; other types are kept as unsupported")
    func kinds() throws {
        var sl2021 = Self.entry
        sl2021["type"] = "StatusList2021Entry"
        guard case .statusList(let entry) = try CredentialStatusEntry(json: sl2021) else { Issue.record("wrong kind"); return }
        #expect(entry.format == .statusList2021)
        let revocation: JSON = ["id": "https://example.org/revocations/1", "type": "1EdTechRevocationList"]
        #expect(try CredentialStatusEntry(json: revocation) == .revocationList(RevocationListEntry(id: "https://example.org/revocations/1")))
        let other: JSON = ["id": "https://example.org/s", "type": ["RevocationList2020Status"]]
        #expect(try CredentialStatusEntry(json: other) == .unsupported(types: ["RevocationList2020Status"]))
    }

    @Test("statusListIndex: digits as a string; a non-negative integer number is accepted and flagged")
    func indexForms() throws {
        func read(_ index: JSON) throws -> BitstringStatusListEntry {
            var json = Self.entry
            json["statusListIndex"] = index
            return try BitstringStatusListEntry(json: json, format: .bitstringStatusList)
        }
        #expect(try read("0").index == 0)
        #expect(try read("007").statusListIndex == "7")
        let number = try read(23)
        #expect(number.statusListIndex == "23" && number.indexWrittenAsNumber)
        // Larger than any integer: kept as text, and outside every list.
        let huge = try read("123456789012345678901234567890")
        #expect(huge.index == nil && huge.statusListIndex == "123456789012345678901234567890")
        for bad: JSON in ["", "-1", "+1", "1.5", "0x10", " 1", "١٢", -1, 1.5, true, ["1"]] {
            #expect(throws: BadgeDecodingError.self, "\(bad)") { try read(bad) }
        }
        do {
            _ = try read("12a")
        } catch let error as BadgeDecodingError {
            #expect(error.pointer == "/statusListIndex")
            #expect(error.message.contains("non-negative integer"))
        }
    }

    @Test("statusSize above 1 needs one statusMessage per value")
    func multiBitEntries() throws {
        var json = Self.entry
        json["statusPurpose"] = "message"
        json["statusSize"] = 2
        #expect(throws: BadgeDecodingError.self) { try BitstringStatusListEntry(json: json, format: .bitstringStatusList) }
        json["statusMessage"] = .array((0..<4).map { ["status": .string("0x\($0)"), "message": .string("message \($0)")] })
        let entry = try BitstringStatusListEntry(json: json, format: .bitstringStatusList)
        #expect(entry.statusSize == 2 && entry.message(for: 3) == "message 3")
        json["statusSize"] = 0
        #expect(throws: BadgeDecodingError.self) { try BitstringStatusListEntry(json: json, format: .bitstringStatusList) }
        json["statusSize"] = 2
        json["statusMessage"] = [["status": "3", "message": "no 0x"], ["status": "0x1", "message": "a"], ["status": "0x2", "message": "b"],
                                 ["status": "0x0", "message": "c"]]
        #expect(throws: BadgeDecodingError.self) { try BitstringStatusListEntry(json: json, format: .bitstringStatusList) }
    }

    @Test("the specification's examples: single and multiple entries, one list or several",
          .enabled(if: Vectors.isAvailable, Vectors.missingComment))
    func specExamples() throws {
        let folder = "status-list/spec-examples/"
        let expected: [String: [(String, String, String)]] = [
            "01-example-statuslistcredential-using-simple-entries.json": [
                ("revocation", "94567", "https://example.com/credentials/status/3"), ("suspension", "23452", "https://example.com/credentials/status/4"),
            ],
            "03-a-revocable-verifiable-credential.json": [("revocation", "94567", "https://example.com/credentials/status/3")],
            "05-associating-multiple-status-lists-with-a-single-verifiable-credential.json": [
                ("revocation", "94567", "https://example.com/credentials/status/3"), ("suspension", "12345", "https://example.com/credentials/status/4"),
            ],
            "06-associating-multiple-status-entries-in-a-single-status-list.json": [
                ("revocation", "94567", "https://example.com/credentials/status/5"), ("suspension", "12345", "https://example.com/credentials/status/5"),
            ],
        ]
        for (file, entries) in expected {
            let values = CredentialStatusEntry.values(in: try Vectors.json(folder + file))
            #expect(values.count == entries.count, "\(file)")
            for ((pointer, value), (purpose, index, list)) in zip(values, entries) {
                guard case .statusList(let entry) = try CredentialStatusEntry(json: value, at: pointer) else {
                    Issue.record("\(file): not a status list entry")
                    continue
                }
                #expect(entry.statusPurpose.rawValue == purpose && entry.statusListIndex == index && entry.statusListCredential == list, "\(file)")
            }
        }
        for file in ["02-example-bitstringstatuslistcredential.json", "04-a-status-list-verifiable-credential.json"] {
            let credential = try StatusListCredential(json: try Vectors.json(folder + file), format: .bitstringStatusList)
            #expect(credential.statusPurposes == [.revocation], "\(file)")
            let list = try credential.bitstring()
            #expect(list.bitCount == 131_072 && list.setBitPositions.isEmpty, "\(file)")
        }
    }

    @Test("a status list credential must carry its type, its subject's type, a purpose and the list")
    func listCredentialShape() throws {
        let good: JSON = [
            "@context": ["https://www.w3.org/ns/credentials/v2"], "id": "https://example.com/status/3",
            "type": ["VerifiableCredential", "BitstringStatusListCredential"], "issuer": ["id": "did:example:12345"],
            "validFrom": "2021-04-05T14:27:40Z",
            "credentialSubject": ["id": "https://example.com/status/3#list", "type": "BitstringStatusList",
                                  "statusPurpose": ["revocation", "suspension"], "encodedList": "uH4sI", "ttl": 300000],
        ]
        let credential = try StatusListCredential(json: good, format: .bitstringStatusList)
        #expect(credential.issuerID == "did:example:12345" && credential.ttl == 300_000)
        #expect(credential.serves(.revocation) && credential.serves(.suspension) && !credential.serves(.refresh))
        #expect(throws: BadgeDecodingError.self) { try StatusListCredential(json: good, format: .statusList2021) }
        for (path, value) in [("type", JSON.array(["VerifiableCredential"])), ("credentialSubject", JSON.null)] {
            var bad = good
            bad[path] = value
            #expect(throws: BadgeDecodingError.self, "\(path)") { try StatusListCredential(json: bad, format: .bitstringStatusList) }
        }
        for member in ["type", "statusPurpose", "encodedList"] {
            var bad = good
            bad["credentialSubject"]?[member] = .null
            #expect(throws: BadgeDecodingError.self, "\(member)") { try StatusListCredential(json: bad, format: .bitstringStatusList) }
        }
    }

    @Test("a 1EdTech revocation list: object and string entries, revoked false, reasons")
    func revocationList() throws {
        let json: JSON = [
            "id": "https://example.org/revocations/1", "issuer": "https://example.org/issuer",
            "revokedCredentials": [["id": "urn:uuid:a", "revocationReason": "issued in error"], "urn:uuid:b",
                                   ["id": "urn:uuid:c", "revoked": false]],
        ]
        let list = try RevocationList(json: json)
        #expect(list.revocation(of: "urn:uuid:a")?.revocationReason == "issued in error")
        #expect(list.revocation(of: "urn:uuid:b") != nil)
        #expect(list.revocation(of: "urn:uuid:c") == nil)
        #expect(list.revocation(of: "urn:uuid:d") == nil)
        #expect(throws: BadgeDecodingError.self) { try RevocationList(json: ["id": "x"]) }
        #expect(throws: BadgeDecodingError.self) { try RevocationList(json: ["revokedCredentials": [["revoked": true]]]) }
    }
}
