/// The parsed form of an ECMAScript regular expression (ECMA-262 §22.2, with the `u` flag).
indirect enum ESRegexNode: Sendable {
    case empty
    /// One code point.
    case scalar(UInt32)
    case characterClass(ESCharacterClass)
    case sequence([ESRegexNode])
    case alternation([ESRegexNode])
    /// A group; `capture` is the 1-based group number of a capturing group.
    case group(ESRegexNode, capture: Int?)
    case quantified(ESRegexNode, min: Int, max: Int?, greedy: Bool)
    case assertion(ESAssertion)
    case lookaround(ESRegexNode, ahead: Bool, negated: Bool)
    case backreference(Int)

    /// Capturing groups inside this node, as a closed range of group numbers, or nil when none.
    var captureRange: ClosedRange<Int>? {
        var low = Int.max
        var high = Int.min
        collectCaptures(&low, &high)
        return low <= high ? low...high : nil
    }

    private func collectCaptures(_ low: inout Int, _ high: inout Int) {
        switch self {
        case .empty, .scalar, .characterClass, .assertion, .backreference:
            return
        case .sequence(let items), .alternation(let items):
            for item in items { item.collectCaptures(&low, &high) }
        case .group(let body, let capture):
            if let capture { low = min(low, capture); high = max(high, capture) }
            body.collectCaptures(&low, &high)
        case .quantified(let body, _, _, _), .lookaround(let body, _, _):
            body.collectCaptures(&low, &high)
        }
    }

    /// Whether the node can match without consuming input (so loops need a progress check).
    var canMatchEmpty: Bool {
        switch self {
        case .empty, .assertion, .lookaround, .backreference: true
        case .scalar, .characterClass: false
        case .sequence(let items): items.allSatisfy(\.canMatchEmpty)
        case .alternation(let items): items.contains(where: \.canMatchEmpty)
        case .group(let body, _): body.canMatchEmpty
        case .quantified(let body, let min, _, _): min == 0 || body.canMatchEmpty
        }
    }
}

enum ESAssertion: Sendable {
    /// `^` without the `m` flag: the start of input.
    case start
    /// `$` without the `m` flag: the end of input (a trailing newline does not count).
    case end
    case wordBoundary
    case notWordBoundary
}
