/// How a compiled schema validates.
public struct SchemaOptions: Sendable, Equatable {
    /// What `format` does. Draft 2019-09 makes it an annotation; a verifier may ask for assertions.
    public enum FormatMode: Sendable, Equatable {
        /// `format` never fails validation (the 2019-09 default).
        case annotate
        /// Every format this implementation knows is asserted; unknown formats are ignored.
        case assertKnown
        /// Only the named formats are asserted (for example `["date-time", "date"]`).
        case assert(Set<String>)
    }

    public var format: FormatMode
    /// Deepest nesting of subschema evaluations (through properties, items, references, allOf…).
    /// Bounds the call stack on deep instances and recursive schemas: a level takes about 1 KiB of
    /// stack in an optimized build and a few KiB in a debug build, so the default stays far inside
    /// an 8 MiB thread stack. Raise it only for instances known to nest deeply.
    public var maxEvaluationDepth: Int
    /// Keyword evaluations one validation may perform before it stops as incomplete.
    public var maxSteps: Int
    /// Backtracking steps one `pattern` search may take before it stops as incomplete.
    public var maxRegexSteps: Int

    public init(format: FormatMode = .annotate, maxEvaluationDepth: Int = 256, maxSteps: Int = 2_000_000,
                maxRegexSteps: Int = 1_000_000) {
        self.format = format
        self.maxEvaluationDepth = maxEvaluationDepth
        self.maxSteps = maxSteps
        self.maxRegexSteps = maxRegexSteps
    }

    func asserts(_ formatName: String) -> Bool {
        switch format {
        case .annotate: false
        case .assertKnown: true
        case .assert(let names): names.contains(formatName)
        }
    }
}
