import Foundation
import OpenBadges
import Testing

/// The example in examples/ that docs/gradebook.md shows imports as documented.
@Suite struct GenericExampleTests {
    @Test func theDocumentedExampleImports() throws {
        let url = GradebookSamples.folder.deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("examples/gradebook-generic.csv")
        let result = try GradebookImporter().importCSV(Array(try Data(contentsOf: url)), file: "gradebook-generic.csv")
        #expect(result.issues == [])
        #expect(result.records.count == 6)
        #expect(result.learner("vol-001")?.grades["partner-map"] == [.level("excellent")])
        #expect(result.learner("vol-002")?.grades["partner-map"] == [.level("needs-improvement"), .level("good")])
        #expect(result.learner("vol-003")?.attendance["session-4"] == .watchedRecording)
        #expect(result.learner("vol-004")?.grades["interview-notes"] == nil)
        #expect(result.learner("vol-005")?.grades["interview-notes"] == [.score(85)])
        #expect(result.learner("vol-006")?.grades["interview-notes"] == [.score(6.5)])
        #expect(result.learner("vol-006")?.grades["final-project"] == nil)
        #expect(result.learner("vol-006")?.peerReviewsGiven == 0)
    }
}
