extension AchievementDefinition {
    /// Everything that makes a structurally sound definition unusable: texts missing in the default
    /// language, rubric and key clashes, thresholds out of order, results and rules naming what the
    /// course lacks, alignments to items the framework does not have.
    static func check(_ definition: AchievementDefinition, framework: SkillsFramework?) -> [DefinitionProblem] {
        var problems: [DefinitionProblem] = []
        func add(_ pointer: JSONPointer, _ message: String) { problems.append(DefinitionProblem(pointer: pointer, message: message)) }
        let language = definition.defaultLanguage
        if definition.name[language] == nil { add("/name", "no text in the default language \"\(language)\"") }
        if definition.description[language] == nil { add("/description", "no text in the default language \"\(language)\"") }
        if let narrative = definition.narrative, narrative[language] == nil {
            add("/narrative", "no text in the default language \"\(language)\"")
        }

        // The rubric: unique keys, thresholds rising with the levels.
        if definition.rubric.levels.isEmpty { add("/rubric", "the rubric needs at least one level") }
        var levelKeys = Set<String>()
        var lastThreshold: (Double, Int)?
        for (index, level) in definition.rubric.levels.enumerated() {
            let place = JSONPointer("/rubric").appending(index)
            if !levelKeys.insert(level.key).inserted { add(place.appending("key"), "the level key \"\(level.key)\" is used twice") }
            if level.name[language] == nil { add(place.appending("name"), "no text in the default language \"\(language)\"") }
            if let threshold = level.threshold {
                if !threshold.isFinite { add(place.appending("threshold"), "the threshold is not a finite number") }
                if let (previous, previousIndex) = lastThreshold, threshold <= previous {
                    add(place.appending("threshold"),
                        "thresholds must rise with the levels: \(threshold) is not above \(previous) (level \(previousIndex))")
                }
                lastThreshold = (threshold, index)
            }
        }

        // Assignments (the final project is the last one, read from /finalProject).
        var assignmentKeys = Set<String>()
        for (index, assignment) in definition.assignments.enumerated() {
            let isFinal = definition.finalProject.map { $0.isByteEqual(to: assignment.key) } ?? false
                && index == definition.assignments.count - 1
            let place: JSONPointer = isFinal ? "/finalProject" : JSONPointer("/assignments").appending(index)
            if !assignmentKeys.insert(assignment.key).inserted {
                add(place.appending("key"), "the assignment key \"\(assignment.key)\" is used twice")
            }
            if assignment.name[language] == nil { add(place.appending("name"), "no text in the default language \"\(language)\"") }
        }

        // Results.
        var resultKeys = Set<String>()
        for (index, result) in definition.results.enumerated() {
            let place = JSONPointer("/results").appending(index)
            if !resultKeys.insert(result.key).inserted { add(place.appending("key"), "the result key \"\(result.key)\" is used twice") }
            if definition.outline.assignment(result.assignment) == nil {
                add(place.appending("assignment"), CriteriaProblem(.unknownAssignment(result.assignment,
                                                                                      known: definition.assignments.map(\.key)), at: place).message)
            }
            if let level = result.requiredLevel, !levelKeys.contains(level) {
                add(place.appending("requiredLevel"),
                    CriteriaProblem(.unknownLevel(level, known: definition.rubric.levels.map(\.key)), at: place).message)
            }
        }

        // Criteria rules: unknown assignments and levels are definition errors, found here.
        for problem in definition.criteria.problems(in: definition.outline, at: "/criteria") {
            add(problem.pointer, problem.message)
        }

        // Alignments: every reference names an item of the framework given.
        if !definition.alignments.isEmpty {
            if let framework {
                for (index, reference) in definition.alignments.enumerated() where reference.item(in: framework) == nil {
                    let place = JSONPointer("/alignments").appending(index)
                    switch reference {
                    case .code(let code): add(place.appending("code"), "the framework \"\(framework.uri)\" has no item with code \"\(code)\"")
                    case .id(let id): add(place.appending("id"), "the framework \"\(framework.uri)\" has no item with id \"\(id)\"")
                    }
                }
            } else {
                add("/alignments", "alignments name framework items, so the definition must be loaded with its framework")
            }
        }
        return problems
    }
}
