/// A row or cell that was not imported, and why. The rest of the file still is.
public struct GradebookIssue: Sendable, Equatable, CustomStringConvertible {
    /// A stable identifier: `csv.too_many_fields`, `grade.not_a_number`, `attendance.unknown_value`,
    /// `learner.duplicate_id`, ...
    public var code: String
    /// A sentence a person can act on; the location is kept apart, in `location`.
    public var message: String
    /// The file, row and (for a cell) column. Rows count as a spreadsheet shows them: the header is row 1.
    public var location: FileLocation
    /// Other rows the issue involves (the rows a duplicated learner identifier also appears in).
    public var relatedRows: [Int]

    public init(code: String, message: String, location: FileLocation, relatedRows: [Int] = []) {
        self.code = code
        self.message = message
        self.location = location
        self.relatedRows = relatedRows
    }

    public var description: String { "\(location): \(message)" }
}

/// Why a gradebook could not be imported at all: the file cannot be read as CSV, or the mapping does not
/// fit it. (Problems in single rows are ``GradebookIssue``s instead.)
public struct GradebookError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        case csv(CSVError)
        case mapping(MappingError)
    }

    /// The file's name as the caller gave it.
    public let file: String
    public let reason: Reason

    public init(file: String, _ reason: Reason) {
        self.file = file
        self.reason = reason
    }

    public var code: String {
        switch reason {
        case .csv(let error): error.code
        case .mapping(let error): error.code
        }
    }

    public var description: String {
        switch reason {
        case .csv(let error): "\(file): \(error)"
        case .mapping(let error): "\(file): the column mapping does not fit: \(error)"
        }
    }
}
