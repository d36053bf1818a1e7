/// Reads grade, attendance and count cells with a mapping's vocabularies.
struct CellReader {
    let decimal: DecimalSeparator
    let attemptSeparator: String
    /// Level match keys to level keys.
    private let levels: [String: String]
    /// The level keys, for messages.
    let levelKeys: [String]
    private let attendance: [String: Attendance]
    private let noGrade: Set<String>

    /// Texts that mean "no grade" in any mapping: Moodle's "-" (and the dashes a spreadsheet's
    /// autocorrect turns it into), Open edX's "Not Attempted" and "Not Available", "n/a".
    static let builtInNoGrade = ["-", "–", "—", "not attempted", "not available", "n/a"]

    init(mapping: GradebookMapping) throws(MappingError) {
        decimal = mapping.decimalSeparator ?? .auto
        attemptSeparator = mapping.attemptSeparator ?? GradebookMapping.defaultAttemptSeparator
        guard MappingSyntax.isValidAttemptSeparator(attemptSeparator) else {
            throw MappingError(.invalidValue("attemptSeparator must be 1 to 8 characters that cannot appear in a number "
                                             + "or a word (not a letter, digit, space, or . , + - %)"),
                               at: JSONPointer.root.appending("attemptSeparator"))
        }

        let rubric = mapping.levels ?? GradebookLevel.fourLevelRubric
        var levels: [String: String] = [:]
        var explicit: Set<String> = []
        for level in rubric {
            guard MappingSyntax.isValidKey(level.key) else {
                throw MappingError(.invalidKey(level.key), at: JSONPointer.root.appending("levels").appending(level.key))
            }
            for alias in [level.key] + level.aliases {
                let key = TextNormalization.matchKey(alias)
                if let other = levels[key], other != level.key {
                    throw MappingError(.conflictingAlias(alias, first: "level \(other)", second: "level \(level.key)"),
                                       at: JSONPointer.root.appending("levels").appending(level.key))
                }
                levels[key] = level.key
                explicit.insert(key)
            }
        }
        // Built-in names for the built-in keys the rubric uses; an explicit alias keeps its meaning.
        let keys = Set(rubric.map(\.key))
        for builtIn in GradebookLevel.builtInAliases where keys.contains(builtIn.key) {
            for alias in builtIn.aliases {
                let key = TextNormalization.matchKey(alias)
                if levels[key] == nil { levels[key] = builtIn.key }
            }
        }
        self.levels = levels
        levelKeys = rubric.map(\.key)

        var attendance: [String: Attendance] = [:]
        for (value, state) in mapping.attendanceValues.entries {
            let key = TextNormalization.matchKey(value)
            if let other = attendance[key], other != state {
                throw MappingError(.conflictingAlias(value, first: "\(other)", second: "\(state)"),
                                   at: JSONPointer.root.appending("attendanceValues"))
            }
            attendance[key] = state
        }
        for (value, state) in AttendanceValues.builtIn.entries {
            let key = TextNormalization.matchKey(value)
            if attendance[key] == nil { attendance[key] = state }
        }
        self.attendance = attendance
        noGrade = Set((Self.builtInNoGrade + mapping.noGradeValues).map(TextNormalization.matchKey))
    }

    func isNoGrade(_ text: String) -> Bool {
        text.isEmpty || noGrade.contains(TextNormalization.matchKey(text))
    }

    /// The attempts one cell holds (none for an empty or no-grade cell), oldest first.
    func grades(_ cell: String, expect: GradeExpectation) -> Result<[Grade], CellProblem> {
        let text = TextNormalization.trimmed(cell)
        if text.isEmpty { return .success([]) }
        guard containsSeparator(text) else {
            switch read(text, expect: expect) {
            case .success(let grade?): return .success([grade])
            case .success(nil): return .success([])
            case .failure(let problem): return .failure(problem)
            }
        }
        var out: [Grade] = []
        for part in text.split(separator: attemptSeparator, omittingEmptySubsequences: false) {
            let attempt = TextNormalization.trimmed(String(part))
            switch attempt.isEmpty ? .success(nil) : read(attempt, expect: expect) {
            case .success(let grade?): out.append(grade)
            case .success(nil): return .failure(.emptyAttempt(text, separator: attemptSeparator))
            case .failure(let problem): return .failure(problem)
            }
        }
        return .success(out)
    }

    /// Most cells hold one attempt; a byte test keeps them off the general splitter.
    private func containsSeparator(_ text: String) -> Bool {
        let separator = attemptSeparator.utf8
        if separator.count == 1, let byte = separator.first { return text.utf8.contains(byte) }
        return text.contains(attemptSeparator)
    }

    /// One attempt: a grade, `nil` for a no-grade text, or the problem. Numbers are tried first: the
    /// number reader rules a word out at its first letter, and no no-grade text is a number.
    private func read(_ text: String, expect: GradeExpectation) -> Result<Grade?, CellProblem> {
        if let number = NumberReading.parse(text, decimal: decimal) {
            return expect == .level ? .failure(.numberWhereLevelExpected(text)) : .success(.score(number.value))
        }
        let key = TextNormalization.matchKey(text)
        if noGrade.contains(key) { return .success(nil) }
        switch (expect, levels[key]) {
        case (.score, let level?): return .failure(.levelWhereNumberExpected(text, level: level))
        case (.score, nil): return .failure(.notANumber(text))
        case (.level, nil): return .failure(.unknownLevel(text, levels: levelKeys))
        case (.any, nil): return .failure(.unrecognizedGrade(text, levels: levelKeys))
        case (_, let level?): return .success(.level(level))
        }
    }

    /// The session's mark; `nil` for an empty cell.
    func attendance(_ cell: String) -> Result<Attendance?, CellProblem> {
        let text = TextNormalization.trimmed(cell)
        if text.isEmpty { return .success(nil) }
        if let state = attendance[TextNormalization.matchKey(text)] { return .success(state) }
        // Moodle writes a 1/0 grade item as "1.00" / "0,00": read it as the mark "1" or "0".
        if let number = NumberReading.parse(text, decimal: decimal), !number.isPercent,
           number.value == 1 || number.value == 0, let state = attendance[number.value == 1 ? "1" : "0"] {
            return .success(state)
        }
        return .failure(.unknownAttendance(text))
    }

    /// A whole number of peer reviews; `nil` for an empty or no-grade cell. "3", "3.0" and "3,00" are 3.
    func count(_ cell: String) -> Result<Int?, CellProblem> {
        let text = TextNormalization.trimmed(cell)
        if isNoGrade(text) { return .success(nil) }
        guard let number = NumberReading.parse(text, decimal: decimal), !number.isPercent,
              number.value >= 0, number.value <= 100_000, let count = Int(exactly: number.value)
        else { return .failure(.invalidCount(text)) }
        return .success(count)
    }
}
