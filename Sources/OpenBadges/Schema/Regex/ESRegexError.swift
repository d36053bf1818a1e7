/// Why a pattern is not an ECMAScript regular expression this engine accepts, and where.
struct ESRegexError: Error, Sendable, Equatable, CustomStringConvertible {
    enum Reason: Error, Sendable, Equatable {
        case unexpectedEnd
        case unexpected(String)
        case unmatchedParenthesis
        case nothingToRepeat
        case invalidEscape(String)
        case invalidQuantifierRange
        case invalidClassRange
        case invalidBackreference(Int)
        case invalidGroupName
        case duplicateGroupName(String)
        case unknownGroupName(String)
        case unknownProperty(String)
        case unsupportedProperty(String)
        case nestingTooDeep(limit: Int)
        case patternTooLong(limit: Int)
        case programTooLarge(limit: Int)
    }

    let reason: Reason
    /// The code point offset in the pattern.
    let offset: Int

    var description: String {
        let what: String
        switch reason {
        case .unexpectedEnd: what = "the pattern ends too early"
        case .unexpected(let text): what = "unexpected '\(text)'"
        case .unmatchedParenthesis: what = "unmatched parenthesis"
        case .nothingToRepeat: what = "a quantifier has nothing to repeat"
        case .invalidEscape(let text): what = "'\\\(text)' is not a valid escape with the u flag"
        case .invalidQuantifierRange: what = "quantifier range is out of order"
        case .invalidClassRange: what = "character class range is out of order or uses a class escape"
        case .invalidBackreference(let n): what = "backreference \\\(n) names no group"
        case .invalidGroupName: what = "invalid group name"
        case .duplicateGroupName(let name): what = "duplicate group name '\(name)'"
        case .unknownGroupName(let name): what = "no group is named '\(name)'"
        case .unknownProperty(let name): what = "unknown Unicode property '\(name)'"
        case .unsupportedProperty(let name): what = "Unicode property '\(name)' is not supported (no script data)"
        case .nestingTooDeep(let limit): what = "groups nest deeper than \(limit) levels"
        case .patternTooLong(let limit): what = "the pattern is longer than \(limit) code points"
        case .programTooLarge(let limit): what = "the pattern expands to more than \(limit) instructions"
        }
        return "\(what) at offset \(offset)"
    }
}
