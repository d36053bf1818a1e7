import OpenBadges
import Testing

@Suite("Status bitstring")
struct StatusBitstringTests {
    @Test("index 0 is the most significant bit of the first byte")
    func bitOrder() throws {
        let list = StatusBitstring(bytes: [0b1000_0001, 0b0100_0000])
        #expect(list.bitCount == 16)
        #expect(list.setBitPositions == [0, 7, 9])
        #expect(try list.value(at: 0) == 1 && list.value(at: 1) == 0 && list.value(at: 7) == 1 && list.value(at: 9) == 1)
    }

    @Test("multi-bit entries read their bits most significant first")
    func multiBit() throws {
        var list = try StatusBitstring(entries: 8, statusSize: 2)
        #expect(list.bytes == [0, 0])
        try list.setValue(2, at: 0, statusSize: 2)
        try list.setValue(1, at: 3, statusSize: 2)
        try list.setValue(3, at: 7, statusSize: 2)
        #expect(list.bytes == [0b1000_0001, 0b0000_0011])
        #expect(try list.value(at: 0, statusSize: 2) == 2)
        #expect(try list.value(at: 3, statusSize: 2) == 1)
        #expect(try list.value(at: 7, statusSize: 2) == 3)
        #expect(throws: StatusListError.invalidStatusValue(value: 4, statusSize: 2)) { try list.setValue(4, at: 1, statusSize: 2) }
        try list.setValue(0, at: 7, statusSize: 2)
        #expect(list.bytes == [0b1000_0001, 0])
    }

    @Test("an index outside the list is an error naming the index and the length")
    func outOfRange() throws {
        let list = try StatusBitstring(entries: 131_072)
        #expect(throws: StatusListError.indexOutOfRange(index: "131072", statusSize: 1, listBits: 131_072)) {
            try list.value(at: 131_072)
        }
        #expect(throws: StatusListError.self) { try list.value(at: -1) }
        #expect(throws: StatusListError.self) { try list.value(at: Int.max, statusSize: 2) }
        let text = StatusListError.indexOutOfRange(index: "131072", statusSize: 1, listBits: 131_072).description
        #expect(text == "status list index 131072 is outside the list, which has 131072 entries (indices 0 to 131071)")
        #expect(try list.value(at: 131_071) == 0)
    }

    @Test("encode and decode round trip in both formats, compared by decoding")
    func roundTrip() throws {
        var list = try StatusBitstring(entries: 131_072)
        for index in [0, 1, 7, 8, 94_567, 131_071] { try list.setValue(1, at: index) }
        for format in StatusListFormat.allCases {
            let encoded = list.encodedList(format: format)
            #expect(encoded.hasPrefix("u") == (format == .bitstringStatusList))
            let decoded = try StatusBitstring.decode(encodedList: encoded, format: format)
            #expect(decoded == list)
            #expect(decoded.setBitPositions == [0, 1, 7, 8, 94_567, 131_071])
        }
        // A 131,072-entry list with a few bits set stays small.
        #expect(list.encodedList().utf8.count < 400)
    }

    @Test("StatusList2021 accepts the multibase prefix and padding issuers add; BitstringStatusList requires the prefix")
    func leniency() throws {
        let list = try StatusBitstring(entries: 1_000)
        let plain = list.encodedList(format: .statusList2021)
        let padded = plain + String(repeating: "=", count: (4 - plain.utf8.count % 4) % 4)
        #expect(try StatusBitstring.decode(encodedList: "u" + plain, format: .statusList2021) == list)
        #expect(try StatusBitstring.decode(encodedList: padded, format: .statusList2021) == list)
        #expect(throws: StatusListError.self) { try StatusBitstring.decode(encodedList: plain, format: .bitstringStatusList) }
        #expect(throws: StatusListError.self) { try StatusBitstring.decode(encodedList: "z" + plain, format: .bitstringStatusList) }
        #expect(throws: StatusListError.emptyList) {
            try StatusBitstring.decode(encodedList: "u" + StatusBitstring(bytes: []).encodedList(format: .statusList2021), format: .bitstringStatusList)
        }
    }

    @Test("a list that expands past the limit is refused")
    func sizeLimit() throws {
        let list = try StatusBitstring(entries: 8 * 100_000)
        do {
            _ = try StatusBitstring.decode(encodedList: list.encodedList(), format: .bitstringStatusList, maxBytes: 50_000)
            Issue.record("accepted")
        } catch {
            guard case .encodedListNotDecompressible(.outputLimitExceeded(let limit, _)) = error else { Issue.record("\(error)"); return }
            #expect(limit == 50_000)
        }
    }
}
