/// One step of a compiled pattern, run by `ESRegexMatcher`.
///
/// `backward` steps read the code point before the current position; lookbehind bodies compile to
/// them, which is how ECMAScript's variable-width lookbehind is matched right to left.
enum ESInstruction: Sendable {
    case scalar(UInt32, backward: Bool)
    case set(Int, backward: Bool)
    /// Try the first target; on failure resume at the second.
    case split(Int, Int)
    case jump(Int)
    /// Store the position in a capture slot.
    case save(Int)
    case assertStart
    case assertEnd
    case wordBoundary(negated: Bool)
    /// The body starts at the next instruction and ends with `lookaroundMatched`; go on at `end`.
    case lookaround(end: Int, negated: Bool)
    case lookaroundMatched
    case backreference(group: Int, backward: Bool)
    /// Remember the position in a register, for `progress`.
    case mark(Int)
    /// Fail when the position equals the register: an optional iteration matched nothing (§22.2.2.3.1).
    case progress(Int)
    /// Reset the capture slots of groups in the range at the start of an iteration (§22.2.2.3.1 step 4).
    case clearGroups(ClosedRange<Int>)
    case match
}

/// A compiled pattern: instructions, the character classes they test, and the slot count.
struct ESRegexProgram: Sendable {
    var instructions: [ESInstruction] = []
    var classes: [ESCharacterClass] = []
    var groupCount = 0
    /// Capture slots (two per group, group 0 included) followed by loop registers.
    var slotCount = 0
    /// The pattern starts with `^` in every alternative, so only position 0 can match.
    var anchoredAtStart = false
}

/// Turns a parsed pattern into an `ESRegexProgram`.
struct ESRegexCompiler {
    static let maxInstructions = 100_000

    private var program = ESRegexProgram()
    private var registerCount = 0

    static func compile(_ node: ESRegexNode, groupCount: Int) throws(ESRegexError) -> ESRegexProgram {
        var compiler = ESRegexCompiler()
        compiler.program.groupCount = groupCount
        try compiler.emit(node, backward: false)
        try compiler.append(.match)
        compiler.program.slotCount = 2 * (groupCount + 1) + compiler.registerCount
        compiler.program.anchoredAtStart = Self.startsAnchored(node)
        return compiler.program
    }

    private static func startsAnchored(_ node: ESRegexNode) -> Bool {
        switch node {
        case .assertion(.start): true
        case .sequence(let items): items.first.map(startsAnchored) ?? false
        case .alternation(let items): items.allSatisfy(startsAnchored)
        case .group(let body, _): startsAnchored(body)
        default: false
        }
    }

    private var here: Int { program.instructions.count }

    private mutating func append(_ instruction: ESInstruction) throws(ESRegexError) {
        guard program.instructions.count < Self.maxInstructions else {
            throw ESRegexError(reason: .programTooLarge(limit: Self.maxInstructions), offset: 0)
        }
        program.instructions.append(instruction)
    }

    private mutating func patch(_ at: Int, _ instruction: ESInstruction) {
        program.instructions[at] = instruction
    }

    private func captureSlot(_ group: Int, end: Bool) -> Int { 2 * group + (end ? 1 : 0) }

    private mutating func newRegister() -> Int {
        defer { registerCount += 1 }
        return 2 * (program.groupCount + 1) + registerCount
    }

    private mutating func emit(_ node: ESRegexNode, backward: Bool) throws(ESRegexError) {
        switch node {
        case .empty:
            return
        case .scalar(let value):
            try append(.scalar(value, backward: backward))
        case .characterClass(let set):
            program.classes.append(set)
            try append(.set(program.classes.count - 1, backward: backward))
        case .sequence(let items):
            for item in (backward ? items.reversed() : items) { try emit(item, backward: backward) }
        case .alternation(let items):
            var jumpsToEnd: [Int] = []
            for (offset, item) in items.enumerated() {
                if offset < items.count - 1 {
                    let split = here
                    try append(.split(split + 1, -1))
                    try emit(item, backward: backward)
                    jumpsToEnd.append(here)
                    try append(.jump(-1))
                    patch(split, .split(split + 1, here))
                } else {
                    try emit(item, backward: backward)
                }
            }
            for jump in jumpsToEnd { patch(jump, .jump(here)) }
        case .group(let body, let capture):
            guard let capture else { return try emit(body, backward: backward) }
            try append(.save(captureSlot(capture, end: backward)))
            try emit(body, backward: backward)
            try append(.save(captureSlot(capture, end: !backward)))
        case .quantified(let body, let min, let max, let greedy):
            try emitQuantified(body, min: min, max: max, greedy: greedy, backward: backward)
        case .assertion(let assertion):
            switch assertion {
            case .start: try append(.assertStart)
            case .end: try append(.assertEnd)
            case .wordBoundary: try append(.wordBoundary(negated: false))
            case .notWordBoundary: try append(.wordBoundary(negated: true))
            }
        case .lookaround(let body, let ahead, let negated):
            let start = here
            try append(.lookaround(end: -1, negated: negated))
            try emit(body, backward: !ahead)
            try append(.lookaroundMatched)
            patch(start, .lookaround(end: here, negated: negated))
        case .backreference(let group):
            try append(.backreference(group: group, backward: backward))
        }
    }

    private mutating func emitQuantified(_ body: ESRegexNode, min: Int, max: Int?, greedy: Bool,
                                         backward: Bool) throws(ESRegexError) {
        if let max, max == 0 { return }
        let groups = body.captureRange
        let needsProgressCheck = body.canMatchEmpty
        for iteration in 0..<min {
            let before = here
            if let groups { try append(.clearGroups(groups)) }
            try emit(body, backward: backward)
            // A body that compiles to nothing (an empty group) repeats to nothing; do not spin on
            // a huge count.
            if iteration == 0 && here == before { return }
        }
        let register = needsProgressCheck ? newRegister() : -1
        func emitIteration(_ compiler: inout ESRegexCompiler) throws(ESRegexError) {
            if needsProgressCheck { try compiler.append(.mark(register)) }
            if let groups { try compiler.append(.clearGroups(groups)) }
            try compiler.emit(body, backward: backward)
            if needsProgressCheck { try compiler.append(.progress(register)) }
        }
        if let max {
            var splits: [Int] = []
            for _ in 0..<(max - min) {
                splits.append(here)
                try append(.split(-1, -1))
                try emitIteration(&self)
            }
            let exit = here
            for split in splits {
                patch(split, greedy ? .split(split + 1, exit) : .split(exit, split + 1))
            }
        } else {
            let loop = here
            try append(.split(-1, -1))
            try emitIteration(&self)
            try append(.jump(loop))
            let exit = here
            patch(loop, greedy ? .split(loop + 1, exit) : .split(exit, loop + 1))
        }
    }
}
