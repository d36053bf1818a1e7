/// Bounds on a YAML document: YAML is input, and aliases let a few lines describe an exponential
/// amount of data (the "billion laughs"), so conversion to JSON counts every value it produces.
public struct YAMLLimits: Sendable, Equatable {
    /// The largest document accepted, in bytes.
    public var maxBytes: Int
    /// The most values (scalars, sequences, mappings) the JSON may hold.
    public var maxNodes: Int
    /// The deepest nesting of sequences and mappings.
    public var maxDepth: Int

    public init(maxBytes: Int = 1 << 20, maxNodes: Int = 100_000, maxDepth: Int = 64) {
        self.maxBytes = maxBytes
        self.maxNodes = maxNodes
        self.maxDepth = maxDepth
    }

    public static let `default` = YAMLLimits()
}

/// A YAML document Laurel refuses, with the line (and column) where the problem is.
public struct YAMLError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    /// 1-based line, when known.
    public let line: Int?
    public let column: Int?

    public init(_ message: String, line: Int? = nil, column: Int? = nil) {
        self.message = message
        self.line = line
        self.column = column
    }

    public var description: String {
        guard let line else { return message }
        if let column { return "line \(line), column \(column): \(message)" }
        return "line \(line): \(message)"
    }
}
