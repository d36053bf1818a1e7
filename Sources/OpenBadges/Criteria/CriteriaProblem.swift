/// A criteria rule that cannot be evaluated against its course: it names an assignment or level the
/// course does not have, or asks for more than there is. Found when a definition is loaded, never at
/// evaluation.
public struct CriteriaProblem: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case unknownAssignment(String, known: [String])
        case unknownLevel(String, known: [String])
        /// A `finalProject` rule in a course that names no final project.
        case noFinalProject
        /// `count` is more than the `available` things it counts (rules, assignments, sessions).
        case countTooHigh(count: Int, available: Int)
        /// A count of zero, which every learner meets.
        case countIsZero
        case emptyGroup
        case repeatedAssignment(String)
    }

    public let kind: Kind
    /// The rule's path: the JSON pointer of the offending value in the definition.
    public let pointer: JSONPointer

    public init(_ kind: Kind, at pointer: JSONPointer) {
        self.kind = kind
        self.pointer = pointer
    }

    public var message: String {
        switch kind {
        case .unknownAssignment(let key, let known):
            "unknown assignment \"\(key)\"; the course's assignments are \(Self.list(known))"
        case .unknownLevel(let key, let known): "unknown rubric level \"\(key)\"; the levels are \(Self.list(known))"
        case .noFinalProject: "a finalProject rule needs the course to name its final project (\"finalProject\")"
        case .countTooHigh(let count, let available): "asks for \(count) where there are only \(available)"
        case .countIsZero: "a count of 0 is met by everyone; remove the rule or raise the count"
        case .emptyGroup: "a group of rules is empty"
        case .repeatedAssignment(let key): "the assignment \"\(key)\" is listed twice"
        }
    }

    public var description: String { "\(pointer): \(message)" }

    static func list(_ keys: [String]) -> String { keys.isEmpty ? "(none)" : keys.map { "\"\($0)\"" }.joined(separator: ", ") }
}
