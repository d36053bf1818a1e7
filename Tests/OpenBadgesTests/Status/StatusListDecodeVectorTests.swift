import OpenBadges
import TestSupport
import Testing

/// The assembled Bitstring Status List / StatusList2021 decode vectors (status-list/MANIFEST.md).
@Suite("Status list decode vectors", .enabled(if: Vectors.isAvailable, Vectors.missingComment))
struct StatusListDecodeVectorTests {
    static let file = "status-list/statuslist-decode-vectors.json"

    static func format(_ name: String?) throws -> StatusListFormat {
        try #require(name.flatMap(StatusListFormat.init(rawValue:)), "unknown format \(name ?? "none")")
    }

    @Test("every positive case decodes to the stated length with exactly the stated bits set")
    func positiveCases() throws {
        let cases = try #require(try Vectors.json(Self.file)["cases"]?.arrayValue)
        #expect(cases.count == 8)
        var passed = 0
        for vector in cases {
            let id = vector["id"]?.stringValue ?? "?"
            let encoded = try #require(vector["encodedList"]?.stringValue)
            let bits = try #require(vector["decodedLengthBits"]?.intValue)
            let expected = (vector["setIndices"]?.arrayValue ?? []).compactMap(\.intValue)
            let list = try StatusBitstring.decode(encodedList: encoded, format: try Self.format(vector["format"]?.stringValue))
            #expect(list.bitCount == bits, "\(id)")
            #expect(list.setBitPositions == expected, "\(id)")
            for index in expected { #expect(try list.value(at: index) == 1, "\(id) index \(index)") }
            if list.bitCount == bits && list.setBitPositions == expected { passed += 1 }
        }
        #expect(passed == 8)
    }

    @Test("bit order: set-b has bit 50007 set (an LSB-first writer's 50000), set-a bit 50000")
    func bitOrderRegression() throws {
        let cases = try #require(try Vectors.json(Self.file)["cases"]?.arrayValue)
        func list(_ id: String) throws -> StatusBitstring {
            let vector = try #require(cases.first { $0["id"]?.stringValue == id })
            return try StatusBitstring.decode(encodedList: try #require(vector["encodedList"]?.stringValue),
                                              format: try Self.format(vector["format"]?.stringValue))
        }
        for prefix in ["digitalbazaar-bsl-100k-50000", "digitalbazaar-sl2021-100k-50000"] {
            let a = try list(prefix + "-set-a"), b = try list(prefix + "-set-b")
            #expect(try a.value(at: 50000) == 1 && a.value(at: 50007) == 0)
            #expect(try b.value(at: 50007) == 1 && b.value(at: 50000) == 0)
            #expect(a.bytes[6250] == 0x80 && b.bytes[6250] == 0x01)
        }
    }

    @Test("every negative case is refused with an error that says why")
    func negativeCases() throws {
        let cases = try #require(try Vectors.json(Self.file)["negative"]?.arrayValue)
        #expect(cases.count == 3)
        var refused: [String: StatusListError] = [:]
        for vector in cases {
            let id = vector["id"]?.stringValue ?? "?"
            let encoded = try #require(vector["encodedList"]?.stringValue)
            let format = try Self.format(vector["format"]?.stringValue)
            do {
                _ = try StatusBitstring.decode(encodedList: encoded, format: format)
                Issue.record("\(id) was accepted")
            } catch {
                refused[id] = error
            }
        }
        #expect(refused.count == 3)
        guard case .encodedListNotDecodable(.bitstringStatusList, let reason)? = refused["dbz-not-multibase"] else {
            Issue.record("dbz-not-multibase: \(String(describing: refused["dbz-not-multibase"]))")
            return
        }
        #expect(reason.contains("starting with 'u'"))
        // "INVALID-XYZ" is not even canonical base64url; the tampered list is, but its gzip data is corrupt.
        guard case .encodedListNotDecodable(.statusList2021, let xyz)? = refused["dbz-invalid-xyz"] else {
            Issue.record("dbz-invalid-xyz: \(String(describing: refused["dbz-invalid-xyz"]))")
            return
        }
        #expect(xyz.contains("base64url"))
        #expect(refused["dcc-tampered"].map { "\($0)" }?.contains("encodedList") == true, "\(String(describing: refused["dcc-tampered"]))")
    }

    @Test("the 1EdTech BitstringStatusList fixture's list has 131,072 entries and only index 23 set")
    func oneEdTechTestList() throws {
        let json = try Vectors.json("openbadges/1edtech-dc-public-validator/vc-test-resources/ob30/bit-string-list/testlist")
        let credential = try StatusListCredential(json: json, format: .bitstringStatusList)
        #expect(credential.statusPurposes == [.revocation])
        #expect(credential.issuerID == "https://1edtech.edu/issuers/565049")
        let list = try credential.bitstring()
        #expect(list.bitCount == 131_072)
        #expect(list.setBitPositions == [23])
    }
}
