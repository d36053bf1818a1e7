import OpenBadges
import Testing

/// The sample exports in Samples/ import to the records they hold. Each sample carries the traits of
/// real files; the expected values below are read off the files by eye.
@Suite struct SampleImportTests {
    /// Bytes of a string as UTF-8, to compare Unicode spellings exactly (Swift's `==` ignores NFC/NFD).
    private func utf8(_ text: String?) -> [UInt8]? { text.map { Array($0.utf8) } }

    // MARK: Moodle, re-saved by a spreadsheet in a European locale

    /// How an achievement maps the columns the Moodle preset cannot guess: the peer-review count is a
    /// manual grade item.
    static let moodleMapping = #"{"peerReviews": "Peer reviews given (Real)"}"#

    @Test func moodleExportSavedBySpreadsheet() throws {
        let name = "moodle-grades-excel-eu.csv"
        let table = try CSVReader().read(try GradebookSamples.bytes(name))
        #expect(table.hadByteOrderMark)
        #expect(table.delimiter == .semicolon)
        #expect(table.emptyRowsSkipped == 4)

        let result = try GradebookSamples.importSample(name, mapping: try GradebookTesting.mapping(Self.moodleMapping))
        #expect(result.format == .moodle)
        #expect(result.issues == [])
        #expect(result.rowsRead == 32)
        #expect(result.records.count == 32)
        #expect(result.unmappedColumns == ["ID number", "Institution", "Department", "Assignment: Partner map (Feedback)",
                                           "Last downloaded from this course"])

        let ana = try #require(result.learner("ana.garcia@example.org"))
        #expect(ana.name == "Ana García Márquez")
        #expect(ana.email == "ana.garcia@example.org")
        #expect(ana.preferredLanguage == "es")
        #expect(ana.grades == [
            "partner-map": [.level("excellent")], "interview-notes": [.score(8)], "week-2-check-in": [.score(100)],
            "outreach-plan": [.score(78)], "final-project": [.level("excellent")], "course-total": [.score(76.17)],
        ])
        #expect(ana.attendance == [
            "session-1": .absent, "session-2": .attended, "session-3": .attended, "session-4": .watchedRecording,
            "session-5": .attended, "session-6": .attended, "session-7": .watchedRecording, "session-8": .watchedRecording,
        ])
        #expect(ana.peerReviewsGiven == 4)
        #expect(ana.source?.file == name)
        #expect(ana.source?.row == 2)

        // Written in NFD in the file, stored in NFC.
        let jose = try #require(result.learner("jose.ramirez@example.org"))
        #expect(utf8(jose.name) == utf8("Jos\u{E9} Ram\u{ED}rez"))
        #expect(jose.preferredLanguage == "es-MX")
        #expect(jose.grades["interview-notes"] == [.score(8.5)])
        #expect(jose.grades["week-2-check-in"] == [.score(85)])

        // "-" is Moodle's "no grade".
        #expect(result.learner("anh.nguyen@example.org")?.grades["partner-map"] == nil)
        #expect(result.learner("anh.nguyen@example.org")?.name == "Ngọc Ánh Nguyễn")
        #expect(result.learner("ahmed.masri@example.org")?.grades["outreach-plan"] == nil)

        let layla = try #require(result.learner("layla.haddad@example.org"))
        #expect(layla.name == "ليلى حداد")
        #expect(layla.preferredLanguage == "ar")
        #expect(layla.grades["final-project"] == [.level("needs-improvement")])

        #expect(result.learner("anika.sharma@example.org")?.name == "अनिका शर्मा")
        #expect(result.learner("olga.smirnova@example.org")?.name == "Ольга Смирнова")
        #expect(result.learner("olga.smirnova@example.org")?.grades["partner-map"] == [.level("needs-improvement")])
        let fang = try #require(result.learner("fang.wang@example.org"))
        #expect(fang.name == "王芳")
        #expect(fang.preferredLanguage == "zh-CN")
        #expect(fang.source?.row == 13)  // after the empty row 12
        #expect(result.learner("wei.li@example.org")?.preferredLanguage == "zh-TW")
        let lukasz = try #require(result.learner("lukasz.nowak@example.org"))
        #expect(lukasz.grades["outreach-plan"] == [.score(62.5)])
        #expect(lukasz.grades["course-total"] == [.score(97.66)])
        #expect(result.records.last?.id == "nomvula.dlamini@example.org")
        #expect(result.records.last?.source?.row == 36)
    }

    // MARK: Open edX grade report

    @Test func openEdXGradeReport() throws {
        let name = "openedx-grade-report.csv"
        let table = try CSVReader().read(try GradebookSamples.bytes(name))
        #expect(!table.hadByteOrderMark)
        #expect(table.header.fields[6] == "Homework 3: Maps, routes and \"shortcuts\"")
        #expect(table.records[0].fields[10] == "Harbour, East")
        #expect(table.records[1].fields[9] == "Группа Север")

        let result = try GradebookSamples.importSample(name)
        #expect(result.format == .openEdX)
        #expect(result.issues == [])
        #expect(result.records.count == 25)
        #expect(result.mapping.assignments.map(\.key) == [
            "course-total", "partner-map", "interview-notes", "maps-routes-and-shortcuts", "final-project",
        ])

        // The username is the identifier; this one is written in NFD in the file.
        let zoe = try #require(result.records.first { $0.email == "zoe.dubois@example.org" })
        #expect(utf8(zoe.id) == utf8("zo\u{EB}_d"))
        #expect(zoe.name == nil)
        #expect(zoe.grades == [
            "course-total": [.score(0.9)], "partner-map": [.score(1.0)], "interview-notes": [.score(0.8333333333333334)],
            "maps-routes-and-shortcuts": [.score(0.8333333333333334)], "final-project": [.score(0.92)],
        ])
        // "Not Attempted" is no grade.
        let oleg = try #require(result.learner("олег_петров"))
        #expect(oleg.grades["interview-notes"] == nil)
        #expect(oleg.grades["maps-routes-and-shortcuts"] == [.score(1.0)])
        #expect(result.learner("priya_n")?.grades == ["course-total": [.score(0)]])
        #expect(result.learner("王芳")?.grades["partner-map"] == [.score(0.9)])
        #expect(result.learner("ليلى")?.email == "layla.haddad@example.org")
        #expect(result.learner("राहुल")?.source?.row == 24)
    }

    @Test func openEdXAverageColumnsCanBeMapped() throws {
        let mapping = try GradebookTesting.mapping(#"{"assignments": {"homework-average": "Homework (Avg)"}}"#)
        let result = try GradebookSamples.importSample("openedx-grade-report.csv", mapping: mapping)
        #expect(result.learner("priya_n")?.grades["homework-average"] == [.score(0)])
        #expect(result.learner("ana_garcia")?.grades["homework-average"] == [.score(0.6944444444444445)])
    }

    // MARK: Laurel's generic CSV

    @Test func genericCohort() throws {
        let name = "generic-cohort.csv"
        let table = try CSVReader().read(try GradebookSamples.bytes(name))
        #expect(table.emptyRowsSkipped == 3)
        let result = try GradebookSamples.importSample(name)
        #expect(result.format == .generic)
        #expect(result.issues == [])
        #expect(result.records.count == 36)
        #expect(result.unmappedColumns == ["notes"])

        let ana = try #require(result.learner("vol-001"))
        #expect(ana.name == "García Márquez, Ana")
        #expect(ana.preferredLanguage == "es")
        #expect(ana.grades == ["partner-map": [.level("excellent")], "interview-notes": [.score(6.5)],
                               "outreach-plan": [.score(70.5)], "final-project": [.level("excellent")]])
        #expect(ana.attendance["session-1"] == .watchedRecording)
        #expect(ana.attendance.count == 8)
        #expect(ana.peerReviewsGiven == 0)

        // A resubmission written in one cell, in Spanish, under a name spelt in NFD.
        let jose = try #require(result.learner("vol-002"))
        #expect(utf8(jose.name) == utf8("Jos\u{E9} Ram\u{ED}rez"))
        #expect(jose.preferredLanguage == "es-MX")
        #expect(jose.grades["partner-map"] == [.level("good"), .level("excellent")])
        #expect(jose.peerReviewsGiven == 4)

        #expect(result.learner("vol-003")?.grades["partner-map"] == [.level("needs-improvement")])  // "à améliorer"
        #expect(result.learner("vol-004")?.grades["partner-map"] == [.level("excellent")])          // "ممتاز"
        #expect(result.learner("vol-005")?.grades["final-project"] == [.level("excellent")])        // "उत्कृष्ट"
        let fang = try #require(result.learner("vol-006"))
        #expect(fang.name == "王芳")
        #expect(fang.preferredLanguage == "zh-Hans")
        #expect(fang.grades["partner-map"] == [.level("needs-improvement"), .level("good")])         // "需要改进|良好"
        #expect(fang.grades["outreach-plan"] == nil)
        #expect(result.learner("vol-007")?.name == "Ольга Смирнова")
        #expect(result.learner("vol-011")?.attendance["session-8"] == nil)  // an empty cell records nothing
        #expect(result.learner("vol-011")?.attendance.count == 7)
        #expect(result.learner("vol-022")?.grades["interview-notes"] == [.score(85)])  // "85%"
        #expect(result.learner("vol-019")?.source?.row == 22)
        #expect(result.learner("vol-036")?.source?.row == 40)
    }

    // MARK: A spreadsheet saved as tab-separated text with CR line ends

    @Test func tabSeparatedSpreadsheetWithAttemptColumns() throws {
        let name = "spreadsheet-tabs-cr.tsv"
        let result = try GradebookSamples.importSample(name)
        #expect(result.format == .generic)
        #expect(result.delimiter == .tab)
        #expect(result.issues == [])
        #expect(result.records.count == 20)
        #expect(result.unmappedColumns == [])

        // No identifier column: the e-mail address identifies the learner.
        let ana = try #require(result.learner("ana.garcia@example.org"))
        #expect(ana.name == "Ana García Márquez")
        #expect(ana.preferredLanguage == "es")  // "ES"
        #expect(ana.grades == ["partner-map": [.level("good")], "interview-notes": [.score(55), .score(9.5)],
                               "final-project": [.level("excellent")]])
        #expect(ana.attendance == ["session-1": .watchedRecording, "session-2": .absent, "session-3": .watchedRecording,
                                   "session-4": .attended, "session-5": .watchedRecording, "session-6": .attended,
                                   "session-7": .absent, "session-8": .attended])
        #expect(ana.peerReviewsGiven == 1)
        let zoe = try #require(result.learner("zoe.dubois@example.org"))
        #expect(utf8(zoe.name) == utf8("Zo\u{EB} Dubois"))
        #expect(zoe.grades["interview-notes"] == [.score(8.25)])
        let fang = try #require(result.learner("fang.wang@example.org"))
        #expect(fang.name == "王芳")
        #expect(fang.preferredLanguage == "zh-CN")
        #expect(fang.grades["interview-notes"] == [.score(55), .score(85)])  // "55%", "85 %"
        #expect(result.learner("joao.pereira@example.org")?.preferredLanguage == "pt-BR")
        #expect(result.learner("joao.pereira@example.org")?.grades["partner-map"] == [.level("good"), .level("good")])
        #expect(result.learner("layla.haddad@example.org")?.grades["interview-notes"] == [.score(7), .score(8)])
        #expect(result.learner("bjorn.akesson@example.org")?.preferredLanguage == nil)
        #expect(result.learner("bjorn.akesson@example.org")?.source?.row == 21)
    }
}
