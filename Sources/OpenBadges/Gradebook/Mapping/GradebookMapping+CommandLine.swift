extension GradebookMapping {
    /// Reads the command-line form: one `TARGET=COLUMN` per `--map` argument.
    ///
    /// ```
    /// --map 'partner-map=Assignment: Partner map (Real)'      an assignment (or assignment.partner-map=)
    /// --map 'essay=Essay (attempt 1)' --map 'essay=Essay (attempt 2)'   attempts, oldest first
    /// --map 'final-project:level=Final project'               with an expectation (:score, :level, :any)
    /// --map 'session.session-3=Week 3 live session'           a session's attendance
    /// --map 'learner.id=Email address'                        also learner.name, learner.given-name,
    ///                                                          learner.family-name, learner.email,
    ///                                                          learner.language
    /// --map 'learner.default-language=es'                     a language tag, not a column
    /// --map 'peer-reviews=Peer reviews given'
    /// --map 'partner-map=#7'                                  column 7 (1-based) instead of a title
    /// --map 'option.delimiter=semicolon'                      also option.format, option.decimal-separator,
    ///                                                          option.attempt-separator, option.only-listed
    /// ```
    ///
    /// The target ends at the first `=`, so a column title may itself contain `=`. A column written `#`
    /// followed by digits is a position.
    public init(commandLine arguments: [String]) throws(MappingError) {
        self.init()
        var seen: Set<String> = []
        var assignmentIndex: [String: Int] = [:]
        var givenName: ColumnReference?
        var familyName: ColumnReference?
        for (offset, argument) in arguments.enumerated() {
            let location = MappingError.Location.argument(index: offset + 1, text: argument)
            guard let equals = argument.firstIndex(of: "=") else {
                throw MappingError(.commandLineSyntax("expected TARGET=COLUMN, e.g. partner-map=Assignment: Partner map (Real)"),
                                   at: location)
            }
            let target = String(argument[..<equals])
            let value = String(argument[argument.index(after: equals)...])
            guard !value.isEmpty else {
                throw MappingError(.commandLineSyntax("\(target) is given no value"), at: location)
            }
            func once() throws(MappingError) {
                guard seen.insert(target).inserted else { throw MappingError(.duplicateTarget(target), at: location) }
            }
            func column() throws(MappingError) -> ColumnReference { try Self.commandLineColumn(value, at: location) }

            switch target {
            case "learner.id": try once(); learner.id = try column()
            case "learner.name": try once(); learner.name = .full(try column())
            case "learner.given-name": try once(); givenName = try column()
            case "learner.family-name": try once(); familyName = try column()
            case "learner.email": try once(); learner.email = try column()
            case "learner.language": try once(); learner.preferredLanguage = try column()
            case "learner.default-language":
                try once()
                guard MappingSyntax.isValidLanguageTag(value), let tag = LanguageTag.normalize(value) else {
                    throw MappingError(.invalidValue("\"\(value)\" is not a BCP 47 language tag such as es or pt-BR"), at: location)
                }
                learner.defaultLanguage = tag
            case "peer-reviews": try once(); peerReviews = try column()
            case "option.format":
                try once()
                guard let parsed = GradebookFormat(rawValue: value) else {
                    throw MappingError(.invalidValue("format must be generic, moodle or openedx"), at: location)
                }
                format = parsed
            case "option.delimiter":
                try once()
                guard let parsed = CSVDelimiter(value) else {
                    throw MappingError(.invalidValue("delimiter must be comma, semicolon or tab"), at: location)
                }
                delimiter = parsed
            case "option.decimal-separator":
                try once()
                guard let parsed = DecimalSeparator(rawValue: value) else {
                    throw MappingError(.invalidValue("decimal separator must be auto, point or comma"), at: location)
                }
                decimalSeparator = parsed
            case "option.attempt-separator":
                try once()
                guard MappingSyntax.isValidAttemptSeparator(value) else {
                    throw MappingError(.invalidValue("the attempt separator must be 1 to 8 characters that cannot appear "
                                                     + "in a number or a word"), at: location)
                }
                attemptSeparator = value
            case "option.only-listed":
                try once()
                switch value {
                case "true", "yes": onlyListed = true
                case "false", "no": onlyListed = false
                default: throw MappingError(.invalidValue("only-listed is true or false"), at: location)
                }
            default:
                if target.hasPrefix("session.") {
                    let key = String(target.dropFirst("session.".count))
                    guard MappingSyntax.isValidKey(key) else { throw MappingError(.invalidKey(key), at: location) }
                    try once()
                    sessions.append(SessionColumn(key: key, column: try column()))
                } else if target.hasPrefix("learner.") || target.hasPrefix("option.") {
                    throw MappingError(.commandLineSyntax("unknown target \(target)"), at: location)
                } else {
                    var spec = target.hasPrefix("assignment.") ? String(target.dropFirst("assignment.".count)) : target
                    var expect: GradeExpectation?
                    if let colon = spec.lastIndex(of: ":") {
                        let suffix = String(spec[spec.index(after: colon)...])
                        guard let parsed = GradeExpectation(rawValue: suffix) else {
                            throw MappingError(.commandLineSyntax("\(suffix) is not an expectation: use :score, :level or :any"),
                                               at: location)
                        }
                        expect = parsed
                        spec = String(spec[..<colon])
                    }
                    guard MappingSyntax.isValidKey(spec) else { throw MappingError(.invalidKey(spec), at: location) }
                    let reference = try column()
                    if let index = assignmentIndex[spec] {
                        assignments[index].columns.append(reference)
                        if let expect {
                            if assignments[index].expect != .any && assignments[index].expect != expect {
                                throw MappingError(.duplicateTarget("the expectation of \(spec)"), at: location)
                            }
                            assignments[index].expect = expect
                        }
                    } else {
                        assignmentIndex[spec] = assignments.count
                        assignments.append(AssignmentColumns(key: spec, columns: [reference], expect: expect ?? .any))
                    }
                }
            }
        }
        let last = MappingError.Location.argument(index: arguments.count, text: arguments.last ?? "")
        switch (givenName, familyName) {
        case (nil, nil): break
        case (let given?, let family?):
            guard learner.name == nil else {
                throw MappingError(.commandLineSyntax("give either learner.name or learner.given-name and "
                                                     + "learner.family-name, not both"), at: last)
            }
            learner.name = .parts(given: given, family: family)
        default:
            throw MappingError(.commandLineSyntax("a name in two columns needs both learner.given-name and "
                                                 + "learner.family-name"), at: last)
        }
    }

    private static func commandLineColumn(_ value: String, at location: MappingError.Location) throws(MappingError) -> ColumnReference {
        if value.hasPrefix("#"), value.count > 1, value.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }) {
            guard let index = Int(value.dropFirst()), index >= 1 else {
                throw MappingError(.invalidValue("\(value) is not a column position (they start at #1)"), at: location)
            }
            return .position(index)
        }
        guard MappingSyntax.isValidHeader(value) else {
            throw MappingError(.invalidValue("a column title must have 1 to 1000 characters, not all spaces"), at: location)
        }
        return .header(value)
    }
}
