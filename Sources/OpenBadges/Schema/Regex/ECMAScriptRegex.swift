/// An ECMAScript regular expression with the `u` flag, as JSON Schema's `pattern`,
/// `patternProperties` and `regex` format use.
///
/// Matching is by code point, unanchored (a search), with ECMAScript's ASCII-only `\d`, `\w`, `\b`
/// and its `\s` set. Supported: alternation, groups (capturing, non-capturing, named), greedy and
/// lazy quantifiers, lookahead, variable-width lookbehind, numbered and named backreferences, classes
/// with ranges and escapes, `\p{…}`/`\P{…}` for general categories and binary properties. Not
/// supported: flags (JSON Schema has none), and `Script=`/`Script_Extensions=` properties, which are
/// refused when the schema is compiled. Each search has a step budget; a search that exhausts it
/// reports `limitExceeded` rather than running on.
struct ECMAScriptRegex: Sendable {
    /// The pattern as written in the schema.
    let source: String
    let program: ESRegexProgram

    /// Steps one search may take by default: far above what sane patterns need on credential-sized
    /// strings, far below what a second of CPU would buy.
    static let defaultStepLimit = 1_000_000

    init(_ pattern: String) throws(ESRegexError) {
        let (node, groupCount) = try ESRegexParser.parse(pattern)
        source = pattern
        program = try ESRegexCompiler.compile(node, groupCount: groupCount)
    }

    /// Whether `string` contains a match.
    func search(in string: String, stepLimit: Int = defaultStepLimit) -> ESRegexMatcher.Outcome {
        var scalars: [UInt32] = []
        scalars.reserveCapacity(string.utf8.count)
        for scalar in string.unicodeScalars { scalars.append(scalar.value) }
        var matcher = ESRegexMatcher(program: program, input: scalars, stepLimit: stepLimit)
        return matcher.search()
    }
}
