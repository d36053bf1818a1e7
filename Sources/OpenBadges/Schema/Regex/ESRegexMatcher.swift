/// A backtracking matcher for `ESRegexProgram` with an explicit stack and a step budget.
///
/// The backtrack stack holds alternatives to resume and slot values to restore, so matching never
/// recurses except into lookaround bodies (nesting bounded by the parser). Every executed instruction
/// costs one step; when the budget runs out the match stops with `limitExceeded`, so a pattern prone
/// to catastrophic backtracking costs bounded time on hostile input instead of hanging.
struct ESRegexMatcher {
    enum Outcome: Sendable, Equatable {
        case match
        case noMatch
        case limitExceeded
    }

    private enum Entry {
        case branch(pc: Int, position: Int)
        case restore(slot: Int, value: Int)
    }

    private let program: ESRegexProgram
    private let input: [UInt32]
    private var slots: [Int]
    private var stack: [Entry] = []
    private var steps = 0
    private let stepLimit: Int
    private var exceeded = false

    init(program: ESRegexProgram, input: [UInt32], stepLimit: Int) {
        self.program = program
        self.input = input
        self.slots = Array(repeating: -1, count: program.slotCount)
        self.stepLimit = stepLimit
    }

    /// Searches for a match starting anywhere (patterns are not anchored in JSON Schema).
    mutating func search() -> Outcome {
        let lastStart = program.anchoredAtStart ? 0 : input.count
        for start in 0...lastStart {
            if run(pc: 0, position: start) != nil { return .match }
            if exceeded { return .limitExceeded }
        }
        return .noMatch
    }

    private mutating func setSlot(_ slot: Int, _ value: Int) {
        stack.append(.restore(slot: slot, value: slots[slot]))
        slots[slot] = value
    }

    /// Unwinds to `base`, restoring slots and dropping alternatives.
    private mutating func unwind(to base: Int) {
        while stack.count > base {
            if case .restore(let slot, let value) = stack.removeLast() { slots[slot] = value }
        }
    }

    /// Runs from `pc` at `position` until `match`/`lookaroundMatched` (returning the end position) or
    /// until every alternative above the current stack height fails (returning nil, stack unwound).
    private mutating func run(pc startPC: Int, position startPosition: Int) -> Int? {
        let base = stack.count
        var pc = startPC
        var position = startPosition
        let instructions = program.instructions
        let count = input.count
        while true {
            steps += 1
            if steps > stepLimit {
                exceeded = true
                unwind(to: base)
                return nil
            }
            var failed = false
            switch instructions[pc] {
            case .scalar(let value, let backward):
                if backward {
                    if position > 0 && input[position - 1] == value { position -= 1; pc += 1 } else { failed = true }
                } else {
                    if position < count && input[position] == value { position += 1; pc += 1 } else { failed = true }
                }
            case .set(let index, let backward):
                let set = program.classes[index]
                if backward {
                    if position > 0 && set.contains(input[position - 1]) { position -= 1; pc += 1 } else { failed = true }
                } else {
                    if position < count && set.contains(input[position]) { position += 1; pc += 1 } else { failed = true }
                }
            case .split(let first, let second):
                stack.append(.branch(pc: second, position: position))
                pc = first
            case .jump(let target):
                pc = target
            case .save(let slot):
                setSlot(slot, position)
                pc += 1
            case .assertStart:
                if position == 0 { pc += 1 } else { failed = true }
            case .assertEnd:
                if position == count { pc += 1 } else { failed = true }
            case .wordBoundary(let negated):
                let before = position > 0 && ESCharacterClass.isWordCharacter(input[position - 1])
                let after = position < count && ESCharacterClass.isWordCharacter(input[position])
                if (before != after) != negated { pc += 1 } else { failed = true }
            case .lookaround(let end, let negated):
                let mark = stack.count
                let matched = run(pc: pc + 1, position: position) != nil
                if exceeded { unwind(to: base); return nil }
                if matched {
                    if negated {
                        unwind(to: mark)
                        failed = true
                    } else {
                        // Lookarounds are atomic: keep the captures they set, drop their alternatives.
                        dropBranches(above: mark)
                        pc = end
                    }
                } else if negated {
                    pc = end
                } else {
                    failed = true
                }
            case .lookaroundMatched, .match:
                return position
            case .backreference(let group, let backward):
                let start = slots[2 * group]
                let end = slots[2 * group + 1]
                if start < 0 || end < 0 || end <= start {
                    pc += 1
                } else {
                    let length = end - start
                    if backward {
                        if position - length >= 0 && input[(position - length)..<position].elementsEqual(input[start..<end]) {
                            position -= length
                            pc += 1
                        } else {
                            failed = true
                        }
                    } else {
                        if position + length <= count && input[position..<(position + length)].elementsEqual(input[start..<end]) {
                            position += length
                            pc += 1
                        } else {
                            failed = true
                        }
                    }
                }
            case .mark(let register):
                setSlot(register, position)
                pc += 1
            case .progress(let register):
                if slots[register] == position { failed = true } else { pc += 1 }
            case .clearGroups(let groups):
                for group in groups {
                    if slots[2 * group] != -1 { setSlot(2 * group, -1) }
                    if slots[2 * group + 1] != -1 { setSlot(2 * group + 1, -1) }
                }
                pc += 1
            }
            if failed {
                var resumed = false
                while stack.count > base {
                    switch stack.removeLast() {
                    case .restore(let slot, let value):
                        slots[slot] = value
                    case .branch(let target, let at):
                        pc = target
                        position = at
                        resumed = true
                    }
                    if resumed { break }
                }
                if !resumed { return nil }
            }
        }
    }

    private mutating func dropBranches(above mark: Int) {
        var kept: [Entry] = []
        while stack.count > mark {
            let entry = stack.removeLast()
            if case .restore = entry { kept.append(entry) }
        }
        stack.append(contentsOf: kept.reversed())
    }
}
