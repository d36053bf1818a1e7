/// Why a mapping cannot be used: it is malformed (its JSON or command-line form), or it does not fit the
/// file's header. Either way no row is read, since every row would be read wrongly.
public struct MappingError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        case wrongKind(expected: String, found: String)
        case unknownMember(String)
        case invalidKey(String)
        case invalidValue(String)
        case commandLineSyntax(String)
        case duplicateTarget(String)
        case columnNotFound(String)
        case ambiguousColumn(String, positions: [Int])
        case columnOutOfRange(Int, columnCount: Int)
        case columnUsedTwice(column: String, firstUse: String)
        case noLearnerIdColumn
        case conflictingAlias(String, first: String, second: String)
    }

    /// Where the problem is in the mapping.
    public enum Location: Sendable, Equatable, CustomStringConvertible {
        /// A member of the JSON form, or the member a command-line argument sets.
        case member(JSONPointer)
        /// The 1-based command-line `--map` argument, as given.
        case argument(index: Int, text: String)

        public var description: String {
            switch self {
            case .member(let pointer): "at \(pointer.description.isEmpty ? "the mapping's root" : pointer.description)"
            case .argument(let index, let text): "in --map argument \(index) (\(text))"
            }
        }
    }

    public let reason: Reason
    public let location: Location

    public init(_ reason: Reason, at location: Location) {
        self.reason = reason
        self.location = location
    }

    init(_ reason: Reason, at pointer: JSONPointer) {
        self.init(reason, at: .member(pointer))
    }

    /// A stable identifier of the reason, for reports and tests.
    public var code: String {
        switch reason {
        case .wrongKind: "mapping.wrong_kind"
        case .unknownMember: "mapping.unknown_member"
        case .invalidKey: "mapping.invalid_key"
        case .invalidValue: "mapping.invalid_value"
        case .commandLineSyntax: "mapping.command_line_syntax"
        case .duplicateTarget: "mapping.duplicate_target"
        case .columnNotFound: "mapping.column_not_found"
        case .ambiguousColumn: "mapping.ambiguous_column"
        case .columnOutOfRange: "mapping.column_out_of_range"
        case .columnUsedTwice: "mapping.column_used_twice"
        case .noLearnerIdColumn: "mapping.no_learner_id"
        case .conflictingAlias: "mapping.conflicting_alias"
        }
    }

    public var message: String {
        switch reason {
        case .wrongKind(let expected, let found):
            "expected \(expected), found \(found)"
        case .unknownMember(let name):
            "\"\(name)\" is not a member of a gradebook mapping here"
        case .invalidKey(let key):
            "\"\(key)\" is not a usable key: 1 to 64 characters, no spaces, and none of = # :"
        case .invalidValue(let detail):
            detail
        case .commandLineSyntax(let detail):
            detail
        case .duplicateTarget(let target):
            "\(target) is given twice"
        case .columnNotFound(let name):
            "the file has no column \"\(name)\""
        case .ambiguousColumn(let name, let positions):
            "several columns are titled \"\(name)\" (columns \(positions.map(String.init).joined(separator: ", "))); "
                + "name one by its position"
        case .columnOutOfRange(let index, let count):
            "column \(index) does not exist: the header has \(count) columns"
        case .columnUsedTwice(let column, let firstUse):
            "column \(column) is already mapped, \(firstUse)"
        case .noLearnerIdColumn:
            "no column identifies the learners: map learner.id (or learner.email) to one"
        case .conflictingAlias(let alias, let first, let second):
            "\"\(alias)\" would name both \(first) and \(second)"
        }
    }

    public var description: String { "\(message) (\(location))" }
}
