import OpenBadges
import Testing

/// Files that are not UTF-8 are refused with a reason a person can act on, and a place.
@Suite struct CSVEncodingTests {
    private func utf16(_ text: String, bigEndian: Bool, mark: Bool) -> [UInt8] {
        var out: [UInt8] = mark ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
        for unit in text.utf16 {
            let high = UInt8(unit >> 8), low = UInt8(unit & 0xFF)
            out += bigEndian ? [high, low] : [low, high]
        }
        return out
    }

    @Test func utf16IsRecognizedWithOrWithoutAByteOrderMark() {
        let text = "id,name\n1,Zoë\n"
        for bigEndian in [false, true] {
            for mark in [true, false] {
                let error = CSVTesting.error(utf16(text, bigEndian: bigEndian, mark: mark))
                #expect(error?.reason == .utf16(bigEndian: bigEndian, byteOrderMark: mark))
                #expect(error?.message.contains("CSV UTF-8") == true)
                #expect(error?.position?.byteOffset == 0)
            }
        }
    }

    @Test func utf32AndWorkbooksAreRecognized() {
        #expect(CSVTesting.error([0xFF, 0xFE, 0x00, 0x00, 0x69, 0, 0, 0])?.reason == .utf32(bigEndian: false))
        #expect(CSVTesting.error([0x00, 0x00, 0xFE, 0xFF, 0, 0, 0, 0x69])?.reason == .utf32(bigEndian: true))
        #expect(CSVTesting.error([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00])?.code == "csv.workbook")
        #expect(CSVTesting.error([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])?.code == "csv.workbook")
    }

    @Test func invalidUTF8NamesTheByteRowAndColumn() throws {
        // "Zoë" saved as Windows-1252: ë is the single byte 0xEB.
        let bytes = Array("id,name,score\n1,Ana,9\n2,Zo".utf8) + [0xEB] + Array(",8\n".utf8)
        let error = try #require(CSVTesting.error(bytes))
        #expect(error.code == "csv.invalid_utf8")
        #expect(error.reason == .invalidUTF8(byte: 0xEB, likelyLegacyEncoding: true))
        #expect(error.position == CSVPosition(row: 3, column: 2, line: 3, byteOffset: 26))
        #expect(error.description.contains("byte 0xEB is not valid UTF-8"))
        #expect(error.description.contains("Windows-1252"))
        #expect(error.description.contains("row 3, column 2"))
    }

    @Test func invalidUTF8InsideAMultiLineQuotedField() throws {
        let bytes = Array("id,note\n1,\"first line\nsecond ".utf8) + [0xC3, 0x28] + Array("\"\n".utf8)
        let error = try #require(CSVTesting.error(bytes))
        #expect(error.position?.row == 2)
        #expect(error.position?.column == 2)
        #expect(error.position?.line == 3)
        #expect(error.position?.byteOffset == 29)
    }

    @Test(arguments: [
        [0xC0, 0x80],              // overlong NUL
        [0xE0, 0x80, 0x80],        // overlong
        [0xED, 0xA0, 0x80],        // a UTF-16 surrogate
        [0xF4, 0x90, 0x80, 0x80],  // above U+10FFFF
        [0xF5, 0x80, 0x80, 0x80],
        [0xE2, 0x82],              // truncated at the end of the file
    ] as [[UInt8]])
    func strictUTF8(_ sequence: [UInt8]) {
        let bytes = Array("a\n".utf8) + sequence
        #expect(CSVTesting.error(bytes)?.code == "csv.invalid_utf8")
    }

    @Test func aNulByteIsRefused() {
        let error = CSVTesting.error(Array("id,name\n1,A".utf8) + [0] + Array("na\n".utf8))
        #expect(error?.code == "csv.nul_byte")
        #expect(error?.position?.row == 2)
        #expect(error?.position?.byteOffset == 11)
    }

    @Test func validMultiByteTextInEveryScriptReads() throws {
        let text = "name\nليلى حداد\nअनिका शर्मा\n王芳\nОльга\nNgọc Ánh\n🎓 emoji\n"
        let table = try CSVTesting.read(text)
        #expect(table.records.count == 6)
        #expect(table.records[0].fields == ["ليلى حداد"])
    }
}
