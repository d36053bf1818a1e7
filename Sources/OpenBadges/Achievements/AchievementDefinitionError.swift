/// Why an achievement definition was refused: every problem found, each with its JSON pointer (which
/// is the rule path for a criteria rule) and, for YAML, its line.
public struct AchievementDefinitionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file the definition came from, when known.
    public let file: String?
    public let problems: [DefinitionProblem]

    public init(file: String?, problems: [DefinitionProblem]) {
        self.file = file
        self.problems = problems
    }

    public var description: String {
        let name = file ?? "the achievement definition"
        let lines = problems.map { problem in "- " + problem.description }
        return "\(name) is not valid:\n" + lines.joined(separator: "\n")
    }
}

/// One problem in a definition.
public struct DefinitionProblem: Sendable, Equatable, CustomStringConvertible {
    /// Where: the JSON pointer of the offending value (`/criteria/allOf/1/assignment/key`).
    public let pointer: JSONPointer
    /// The 1-based line in a YAML file (for JSON files, `nil`: the pointer says where).
    public let line: Int?
    public let message: String

    public init(pointer: JSONPointer, line: Int? = nil, message: String) {
        self.pointer = pointer
        self.line = line
        self.message = message
    }

    public var description: String {
        let place = pointer.tokens.isEmpty ? "the document root" : pointer.description
        if let line { return "line \(line), \(place): \(message)" }
        return "\(place): \(message)"
    }
}
