extension CriteriaRule {
    /// Every problem that stops this rule (read from `pointer`) being evaluated in `outline`.
    public func problems(in outline: CourseOutline, at pointer: JSONPointer) -> [CriteriaProblem] {
        var found: [CriteriaProblem] = []
        check(outline, at: pointer, into: &found)
        return found
    }

    func check(_ outline: CourseOutline, at pointer: JSONPointer, into found: inout [CriteriaProblem]) {
        let levels = outline.rubric.levels.map(\.key)
        func level(_ key: String, _ place: JSONPointer) {
            if outline.rubric.levels.firstIndex(where: { $0.key.isByteEqual(to: key) }) == nil {
                found.append(CriteriaProblem(.unknownLevel(key, known: levels), at: place))
            }
        }
        func assignment(_ key: String, _ place: JSONPointer) {
            if outline.assignment(key) == nil {
                found.append(CriteriaProblem(.unknownAssignment(key, known: outline.assignments.map(\.key)), at: place))
            }
        }
        let place = pointer.appending(kindName)
        switch self {
        case .allOf(let rules), .anyOf(let rules):
            if rules.isEmpty { found.append(CriteriaProblem(.emptyGroup, at: place)) }
            for (index, rule) in rules.enumerated() { rule.check(outline, at: place.appending(index), into: &found) }
        case .atLeast(let count, let rules):
            if rules.isEmpty { found.append(CriteriaProblem(.emptyGroup, at: place.appending("of"))) }
            if count == 0 { found.append(CriteriaProblem(.countIsZero, at: place.appending("count"))) }
            if count > rules.count {
                found.append(CriteriaProblem(.countTooHigh(count: count, available: rules.count), at: place.appending("count")))
            }
            for (index, rule) in rules.enumerated() { rule.check(outline, at: place.appending("of").appending(index), into: &found) }
        case .assignment(let key, let required):
            assignment(key, place.appending("key"))
            level(required, place.appending("level"))
        case .assignments(let count, let keys, let required):
            if keys.isEmpty { found.append(CriteriaProblem(.emptyGroup, at: place.appending("of"))) }
            var seen = Set<String>()
            for (index, key) in keys.enumerated() {
                assignment(key, place.appending("of").appending(index))
                if !seen.insert(key).inserted {
                    found.append(CriteriaProblem(.repeatedAssignment(key), at: place.appending("of").appending(index)))
                }
            }
            if let count {
                if count == 0 { found.append(CriteriaProblem(.countIsZero, at: place.appending("count"))) }
                if count > keys.count {
                    found.append(CriteriaProblem(.countTooHigh(count: count, available: keys.count), at: place.appending("count")))
                }
            }
            level(required, place.appending("level"))
        case .attendance(let count, _):
            if count == 0 { found.append(CriteriaProblem(.countIsZero, at: place.appending("count"))) }
            if count > outline.sessions.count {
                found.append(CriteriaProblem(.countTooHigh(count: count, available: outline.sessions.count), at: place.appending("count")))
            }
        case .finalProject(let required):
            if outline.finalProject == nil { found.append(CriteriaProblem(.noFinalProject, at: place)) }
            level(required, place.appending("level"))
        case .peerReviews(let count):
            if count == 0 { found.append(CriteriaProblem(.countIsZero, at: place.appending("count"))) }
        }
    }
}
