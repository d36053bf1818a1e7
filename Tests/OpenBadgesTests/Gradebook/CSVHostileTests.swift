import OpenBadges
import TestSupport
import Testing

/// Hostile files end in a clear error, in bounded time and memory. Times are generous ceilings for a
/// debug build on a shared two-core machine; the release figures are far lower.
@Suite struct CSVHostileTests {
    private func timed<T>(_ body: () throws -> T) rethrows -> (T, Duration) {
        let clock = ContinuousClock()
        let start = clock.now
        let value = try body()
        return (value, clock.now - start)
    }

    @Test func a50MegabyteFileIsRefusedBeforeItIsRead() {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 50 << 20)
        let (error, elapsed) = timed { CSVTesting.error(bytes) }
        #expect(error?.reason == .fileTooLarge(size: 50 << 20, limit: 16 << 20))
        #expect(error?.message == "the file is 52428800 bytes; the limit is 16777216 bytes")
        #expect(elapsed < TimeBudget.duration(milliseconds: 100))
    }

    @Test func aMillionColumnHeaderStopsAtTheColumnLimit() {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(2_000_010)
        for _ in 0..<1_000_000 { bytes += [UInt8(ascii: "c"), UInt8(ascii: ",")] }
        bytes += Array("\n1\n".utf8)
        let (error, elapsed) = timed { CSVTesting.error(bytes) }
        #expect(error?.reason == .tooManyColumns(limit: 4_096))
        #expect(error?.position?.row == 1)
        #expect(elapsed < TimeBudget.duration(seconds: 5))
    }

    @Test func aMillionFieldDataRowIsOneBadRow() throws {
        var bytes = Array("id,name\n".utf8)
        for _ in 0..<1_000_000 { bytes += [UInt8(ascii: "x"), UInt8(ascii: ",")] }
        bytes += Array("\n2,Ben\n".utf8)
        let (table, elapsed) = try timed { try CSVReader().read(bytes) }
        #expect(table.records.map(\.fields) == [["2", "Ben"]])
        #expect(table.issues.first?.reason == .tooManyFields(found: 1_000_001, expected: 2))
        #expect(elapsed < TimeBudget.duration(seconds: 10))
    }

    @Test func aTenMegabyteFieldIsOneBadRow() throws {
        for quoted in [false, true] {
            let big = [UInt8](repeating: UInt8(ascii: "x"), count: 10 << 20)
            let field = quoted ? [UInt8(ascii: "\"")] + big + [UInt8(ascii: "\"")] : big
            let bytes = Array("id,comment\n1,".utf8) + field + Array("\n2,short\n".utf8)
            let (table, elapsed) = try timed { try CSVReader().read(bytes) }
            #expect(table.records.map(\.fields) == [["2", "short"]])
            #expect(table.issues.count == 1)
            #expect(table.issues.first?.reason == .fieldTooLong(limit: 256 << 10))
            #expect(table.issues.first?.position.row == 2)
            #expect(table.issues.first?.position.column == 2)
            #expect(elapsed < TimeBudget.duration(seconds: 10))
        }
    }

    @Test func aTenMegabyteHeaderFieldStopsTheFile() {
        let bytes = [UInt8](repeating: UInt8(ascii: "h"), count: 10 << 20) + Array(",b\n1,2\n".utf8)
        let error = CSVTesting.error(bytes)
        #expect(error?.reason == .headerFieldTooLong(limit: 256 << 10))
        #expect(error?.position?.column == 1)
    }

    @Test func aWideFileOfEmptyFieldsStopsAtTheCellLimit() {
        // 1,000 columns and 3,000 rows of one letter and 999 empty fields: 3 MB on disk, 3,000,000 fields.
        let header = (1...1_000).map { "c\($0)" }.joined(separator: ",") + "\n"
        let row = "x" + String(repeating: ",", count: 999) + "\n"
        let bytes = Array((header + String(repeating: row, count: 3_000)).utf8)
        let (error, elapsed) = timed { CSVTesting.error(bytes) }
        #expect(error?.reason == .tooManyCells(limit: 2_000_000))
        #expect(error?.position?.row == 2_002)
        #expect(elapsed < TimeBudget.duration(seconds: 10))
    }

    @Test func invalidUTF8AtTheEndOfALargeFileIsFoundAndPlaced() {
        var bytes = Array("id,name,score\n".utf8)
        let row = Array("vol-1,Ana,8\n".utf8)
        while bytes.count < (16 << 20) - 64 { bytes += row }
        let offset = bytes.count + 8
        bytes += Array("vol-2,Zo".utf8) + [0xEB] + Array(",8\n".utf8)
        let (error, elapsed) = timed { CSVTesting.error(bytes) }
        #expect(error?.code == "csv.invalid_utf8")
        #expect(error?.position?.byteOffset == offset)
        #expect(error?.position?.column == 2)
        #expect(error?.position?.row == (offset - 14) / row.count + 2)
        #expect(elapsed < TimeBudget.duration(seconds: 10))
    }

    @Test func largeUTF16IsRefusedAtOnce() {
        let bytes: [UInt8] = [0xFF, 0xFE] + [UInt8](repeating: 0x41, count: 12 << 20)
        let (error, elapsed) = timed { CSVTesting.error(bytes) }
        #expect(error?.code == "csv.utf16")
        #expect(elapsed < TimeBudget.duration(milliseconds: 100))
    }

    @Test func rowLimit() {
        let bytes = Array(("id\n" + String(repeating: "x\n", count: 11)).utf8)
        let error = CSVTesting.error(bytes, limits: CSVLimits(maxRows: 10))
        #expect(error?.reason == .tooManyRows(limit: 10))
        #expect(error?.position?.row == 12)
    }

    @Test func manyUnbalancedQuotesCannotMakeReadingQuadratic() throws {
        // Every line opens a quote that only the next line's quote closes, with text after it: each row is
        // re-read from the line after its quote, so each costs one line, never the rest of the file.
        var text = "id,note\n"
        for i in 0..<20_000 { text += "\(i),\"open \(i) \"\"\n" }
        let (table, elapsed) = try timed { try CSVReader().read(Array(text.utf8)) }
        #expect(table.records.count + table.issues.count == 20_000)
        #expect(table.issues.allSatisfy { $0.code == "csv.unterminated_quote" })
        #expect(table.issues.first?.position.row == 2)
        #expect(table.issues.last?.position.row == 20_001)
        #expect(elapsed < TimeBudget.duration(seconds: 10))
    }

    @Test func limitsAreChecked() {
        let limits = CSVLimits(maxBytes: 10)
        #expect(CSVTesting.error(Array("id,name\n1,Ana\n".utf8), limits: limits)?.code == "csv.file_too_large")
    }
}
