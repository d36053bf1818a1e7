import Foundation
import OpenBadges

/// The sample exports in `Samples/`, written by the project with the traits of real files (see
/// `Samples/README.md`), read from the source tree so that no resource bundle is needed.
enum GradebookSamples {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Samples")

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    /// Imports a sample with an optional mapping; `file` in issues is the sample's name.
    static func importSample(_ name: String, mapping: GradebookMapping = GradebookMapping()) throws -> GradebookImport {
        try GradebookImporter(mapping: mapping).importCSV(try bytes(name), file: name)
    }
}

extension GradebookImport {
    /// The record of the learner with this identifier (compared exactly).
    func learner(_ id: String) -> LearnerRecord? { records.first { $0.id == id } }
}

/// Importing small gradebooks written inline.
enum GradebookTesting {
    static func importText(_ text: String, mapping: GradebookMapping = GradebookMapping(),
                           file: String = "test.csv") throws -> GradebookImport {
        try GradebookImporter(mapping: mapping).importCSV(Array(text.utf8), file: file)
    }

    /// The mapping written as JSON text.
    static func mapping(_ json: String) throws -> GradebookMapping {
        try GradebookMapping(json: JSON.parse(json))
    }

    /// What one cell of assignment `a` reads as: its attempts, or the code of the issue it raises.
    static func grades(_ cell: String, mapping: GradebookMapping = GradebookMapping()) throws -> Result<[Grade], CodeError> {
        let quoted = "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        let result = try importText("id,a\nx,\(quoted)\n", mapping: mapping)
        if let issue = result.issues.first { return .failure(CodeError(code: issue.code)) }
        return .success(result.records.first?.grades["a"] ?? [])
    }

    /// What one attendance cell reads as.
    static func attendance(_ cell: String, mapping: GradebookMapping = GradebookMapping()) throws -> Result<Attendance?, CodeError> {
        let result = try importText("id,session 1\nx,\"\(cell)\"\n", mapping: mapping)
        if let issue = result.issues.first { return .failure(CodeError(code: issue.code)) }
        return .success(result.records.first?.attendance["session-1"])
    }

    /// The code of the error `body` throws, or `nil` when it does not throw a mapping or import error.
    static func errorCode(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch let error as MappingError {
            return error.code
        } catch let error as GradebookError {
            return error.code
        } catch {
            return "unexpected: \(error)"
        }
    }
}

/// An issue or error code, as a comparable failure.
struct CodeError: Error, Equatable {
    var code: String
}
