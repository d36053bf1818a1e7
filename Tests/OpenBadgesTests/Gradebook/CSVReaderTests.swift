import OpenBadges
import Testing

/// RFC 4180 and what spreadsheets and learning platforms add to it.
@Suite struct CSVReaderTests {
    @Test func readsRFC4180QuotedFields() throws {
        let table = try CSVTesting.read(
            "name,comment,score\r\n" + "\"Márquez, Ana\",\"said \"\"hi\"\"\",9\r\n" + "\"line one\r\nline two\",,7\r\n")
        #expect(table.header.fields == ["name", "comment", "score"])
        #expect(CSVTesting.fields(table) == [
            ["Márquez, Ana", "said \"hi\"", "9"],
            ["line one\nline two", "", "7"],  // an embedded CRLF is kept as LF
        ])
        #expect(table.records.map(\.row) == [2, 3])
        #expect(table.records.map(\.line) == [2, 3])
        #expect(table.issues.isEmpty)
    }

    @Test(arguments: ["\r\n", "\n", "\r"])
    func acceptsEveryLineEnd(_ eol: String) throws {
        let table = try CSVTesting.read("a,b" + eol + "1,2" + eol + "3,4")  // no line end after the last row
        #expect(CSVTesting.fields(table) == [["1", "2"], ["3", "4"]])
        #expect(table.records.map(\.line) == [2, 3])
    }

    @Test func acceptsMixedLineEndsInOneFile() throws {
        let table = try CSVTesting.read("a,b\r\n1,2\n3,4\r5,6\r\n")
        #expect(CSVTesting.fields(table) == [["1", "2"], ["3", "4"], ["5", "6"]])
    }

    @Test func detectsTheDelimiterFromTheHeader() throws {
        #expect(try CSVTesting.read("a;b;c\n1,5;2;3\n").delimiter == .semicolon)
        #expect(try CSVTesting.read("a\tb\n1\t2\n").delimiter == .tab)
        #expect(try CSVTesting.read("a,b\n1;2,3\n").delimiter == .comma)
        // Delimiters inside a quoted header field do not count.
        #expect(try CSVTesting.read("\"a;b;c;d\",e,f\n1,2,3\n").delimiter == .comma)
        // A single column has no delimiter; commas are assumed.
        let single = try CSVTesting.read("email\na@example.org\n")
        #expect(single.delimiter == .comma)
        #expect(CSVTesting.fields(single) == [["a@example.org"]])
        // Semicolon-separated decimal commas stay in one field.
        #expect(CSVTesting.fields(try CSVTesting.read("a;b\n8,5;7,25\n")) == [["8,5", "7,25"]])
    }

    @Test func anExplicitDelimiterWins() throws {
        let table = try CSVTesting.read("a;b,c\n1;2,3\n", delimiter: .comma)
        #expect(table.header.fields == ["a;b", "c"])
    }

    @Test func excelSeparatorLineNamesTheDelimiterAndIsNotARow() throws {
        let table = try CSVTesting.read("sep=;\r\nname;score\r\nAna;8,5\r\n")
        #expect(table.delimiter == .semicolon)
        #expect(table.header.fields == ["name", "score"])
        #expect(table.header.row == 1)
        #expect(table.header.line == 2)
        #expect(table.records.first?.row == 2)
        let error = CSVTesting.error(Array("sep=|\na|b\n".utf8))
        #expect(error?.code == "csv.unsupported_separator")
    }

    @Test func skipsEmptyRowsButCountsThem() throws {
        let table = try CSVTesting.read("a,b\n\n1,2\n,\n\r\n3,4\n,,\n")
        #expect(CSVTesting.fields(table) == [["1", "2"], ["3", "4"]])
        // Rows as a spreadsheet numbers them: the empty rows keep their numbers.
        #expect(table.records.map(\.row) == [3, 6])
        #expect(table.emptyRowsSkipped == 4)
    }

    @Test func leadingEmptyRowsComeBeforeTheHeader() throws {
        let table = try CSVTesting.read("\n\nid,name\n7,Ana\n")
        #expect(table.header.fields == ["id", "name"])
        #expect(table.header.row == 3)
        #expect(table.records.first?.row == 4)
    }

    @Test func trailingEmptyColumnsAreNotColumns() throws {
        // Spreadsheets pad rows to the widest one with empty fields.
        let table = try CSVTesting.read("id;score;;\n1;5;;\n2;6\n3;7;;;;\n")
        #expect(table.header.fields == ["id", "score"])
        #expect(CSVTesting.fields(table) == [["1", "5"], ["2", "6"], ["3", "7"]])
        #expect(table.issues.isEmpty)
    }

    @Test func raggedRowsAreReportedAndTheRestIsRead() throws {
        let table = try CSVTesting.read("a,b,c\n1,2,3\n1,2\n1,2,3,4\n5,6,7\n")
        #expect(CSVTesting.fields(table) == [["1", "2", "3"], ["5", "6", "7"]])
        #expect(table.issues.map(\.code) == ["csv.too_few_fields", "csv.too_many_fields"])
        #expect(table.issues[0].position.row == 3)
        #expect(table.issues[0].reason == .tooFewFields(found: 2, expected: 3))
        #expect(table.issues[1].position.row == 4)
        #expect(table.issues[1].position.column == 4)
        #expect(table.issues[1].reason == .tooManyFields(found: 4, expected: 3))
    }

    @Test func anUnterminatedQuoteCostsOneRow() throws {
        let table = try CSVTesting.read("id,name,score\n1,\"Ana,9\n2,Ben,8\n3,Chi,7\n")
        #expect(CSVTesting.fields(table) == [["2", "Ben", "8"], ["3", "Chi", "7"]])
        #expect(table.issues.count == 1)
        #expect(table.issues.first?.code == "csv.unterminated_quote")
        #expect(table.issues.first?.position.row == 2)
        #expect(table.issues.first?.position.column == 2)
        #expect(table.records.map(\.row) == [3, 4])
    }

    @Test func aStrayQuoteDoesNotSwallowTheRowsBeforeTheNextQuotedField() throws {
        // The stray quote on row 2 would pair with the opening quote on row 4.
        let table = try CSVTesting.read("id,name\n1,\"Ana\n2,Ben\n3,\"Chi, Dee\"\n4,Eve\n")
        #expect(CSVTesting.fields(table) == [["2", "Ben"], ["3", "Chi, Dee"], ["4", "Eve"]])
        #expect(table.issues.map(\.code) == ["csv.unterminated_quote"])
        #expect(table.issues.first?.position.row == 2)
    }

    @Test func textAfterAClosingQuoteIsAnErrorInItsRowOnly() throws {
        let table = try CSVTesting.read("id,name\n1,\"Kim\"x\n2,Lee\n")
        #expect(CSVTesting.fields(table) == [["2", "Lee"]])
        #expect(table.issues.first?.code == "csv.text_after_quote")
        #expect(table.issues.first?.position.row == 2)
        #expect(table.issues.first?.position.column == 2)
    }

    @Test func quotesInsideAnUnquotedFieldAreLiteral() throws {
        let table = try CSVTesting.read("name,size\nThe \"Docks\" museum,5\"\n")
        #expect(CSVTesting.fields(table) == [["The \"Docks\" museum", "5\""]])
    }

    @Test func aByteOrderMarkIsNotPartOfTheFirstTitle() throws {
        let table = try CSVReader().read([0xEF, 0xBB, 0xBF] + Array("id,name\n1,Ana\n".utf8))
        #expect(table.hadByteOrderMark)
        #expect(table.header.fields == ["id", "name"])
        #expect(table.header.fields.first?.utf8.count == 2)
    }

    @Test func aHeaderProblemStopsTheFile() {
        #expect(CSVTesting.error(Array("\"id,name\n1,Ana\n".utf8))?.code == "csv.header_unterminated_quote")
        #expect(CSVTesting.error(Array("\"id\"x,name\n1,Ana\n".utf8))?.code == "csv.header_text_after_quote")
        #expect(CSVTesting.error(Array("".utf8))?.code == "csv.no_header")
        #expect(CSVTesting.error(Array("\n\r\n,,\n".utf8))?.code == "csv.no_header")
        #expect(CSVTesting.error([0xEF, 0xBB, 0xBF])?.code == "csv.no_header")
    }

    @Test func positionsNameRowColumnLineAndByte() throws {
        let table = try CSVTesting.read("id,name\n1,\"two\nlines\"\n2,\"Kim\"x\n")
        let issue = try #require(table.issues.first)
        #expect(issue.position == CSVPosition(row: 3, column: 2, line: 4, byteOffset: 29))
        #expect(issue.description.contains("row 3, column 2 (line 4, byte 29)"))
    }
}
