extension GradebookMapping {
    /// The JSON form: members in a fixed order, unset members left out, each assignment in its shortest
    /// form (a column, an array of attempt columns, or an object when it has an expectation). Reading it
    /// back with ``init(json:)`` gives an equal mapping.
    public var json: JSON {
        var root = JSONObject()
        if let format { root["format"] = .string(format.rawValue) }
        if let delimiter { root["delimiter"] = .string(delimiter.name) }
        if let decimalSeparator { root["decimalSeparator"] = .string(decimalSeparator.rawValue) }
        if let attemptSeparator { root["attemptSeparator"] = .string(attemptSeparator) }
        if onlyListed { root["onlyListed"] = true }

        var person = JSONObject()
        if let id = learner.id { person["id"] = Self.json(id) }
        switch learner.name {
        case .full(let column)?: person["name"] = Self.json(column)
        case .parts(let given, let family)?:
            person["givenName"] = Self.json(given)
            person["familyName"] = Self.json(family)
        case nil: break
        }
        if let email = learner.email { person["email"] = Self.json(email) }
        if let language = learner.preferredLanguage { person["preferredLanguage"] = Self.json(language) }
        if let tag = learner.defaultLanguage { person["defaultLanguage"] = .string(tag) }
        if !person.isEmpty { root["learner"] = .object(person) }

        if !assignments.isEmpty {
            var object = JSONObject()
            for assignment in assignments {
                let columns: JSON = assignment.columns.count == 1
                    ? Self.json(assignment.columns[0]) : .array(assignment.columns.map(Self.json))
                if assignment.expect == .any {
                    object[assignment.key] = columns
                } else {
                    object[assignment.key] = ["columns": columns, "expect": .string(assignment.expect.rawValue)]
                }
            }
            root["assignments"] = .object(object)
        }
        if !sessions.isEmpty {
            var object = JSONObject()
            for session in sessions { object[session.key] = Self.json(session.column) }
            root["sessions"] = .object(object)
        }
        if let peerReviews { root["peerReviews"] = Self.json(peerReviews) }
        if let levels {
            var object = JSONObject()
            for level in levels { object[level.key] = .array(level.aliases.map(JSON.string)) }
            root["levels"] = .object(object)
        }
        if !attendanceValues.isEmpty {
            var object = JSONObject()
            if !attendanceValues.attended.isEmpty { object["attended"] = .array(attendanceValues.attended.map(JSON.string)) }
            if !attendanceValues.watchedRecording.isEmpty {
                object["watchedRecording"] = .array(attendanceValues.watchedRecording.map(JSON.string))
            }
            if !attendanceValues.absent.isEmpty { object["absent"] = .array(attendanceValues.absent.map(JSON.string)) }
            root["attendanceValues"] = .object(object)
        }
        if !noGradeValues.isEmpty { root["noGradeValues"] = .array(noGradeValues.map(JSON.string)) }
        return .object(root)
    }

    private static func json(_ column: ColumnReference) -> JSON {
        switch column {
        case .header(let name): .string(name)
        case .position(let index): .number(index)
        }
    }
}
