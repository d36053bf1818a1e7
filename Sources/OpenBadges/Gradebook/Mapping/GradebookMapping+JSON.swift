extension GradebookMapping {
    /// Reads the JSON form (an achievement's `gradebook` member, or a mapping file).
    ///
    /// Unknown members are errors, so a misspelt `"assigments"` is reported instead of silently mapping
    /// nothing. Errors name the offending member by JSON pointer.
    public init(json: JSON) throws(MappingError) {
        self.init()
        let root = try MappingObject(json, at: .root, allowed: [
            "$schema", "description", "format", "delimiter", "decimalSeparator", "attemptSeparator", "onlyListed",
            "learner", "assignments", "sessions", "peerReviews", "levels", "attendanceValues", "noGradeValues",
        ])
        _ = try root.string("$schema")
        _ = try root.string("description")
        if let text = try root.string("format") {
            guard let value = GradebookFormat(rawValue: text) else {
                throw MappingError(.invalidValue("format must be generic, moodle or openedx, not \"\(text)\""), at: root.path("format"))
            }
            format = value
        }
        if let text = try root.string("delimiter") {
            guard let value = CSVDelimiter(text) else {
                throw MappingError(.invalidValue("delimiter must be comma, semicolon or tab (or the character), not \"\(text)\""),
                                   at: root.path("delimiter"))
            }
            delimiter = value
        }
        if let text = try root.string("decimalSeparator") {
            guard let value = DecimalSeparator(rawValue: text) else {
                throw MappingError(.invalidValue("decimalSeparator must be auto, point or comma, not \"\(text)\""),
                                   at: root.path("decimalSeparator"))
            }
            decimalSeparator = value
        }
        if let text = try root.string("attemptSeparator") {
            guard MappingSyntax.isValidAttemptSeparator(text) else {
                throw MappingError(.invalidValue("attemptSeparator must be 1 to 8 characters that cannot appear in a number "
                                                 + "or a word (not a letter, digit, space, or . , + - %)"),
                                   at: root.path("attemptSeparator"))
            }
            attemptSeparator = text
        }
        onlyListed = try root.bool("onlyListed") ?? false
        if let value = root.value("learner") { learner = try Self.learner(value, at: root.path("learner")) }
        if let value = root.value("assignments") {
            let object = try MappingObject(value, at: root.path("assignments"), allowed: nil)
            for member in object.object {
                let path = object.path(member.key)
                guard MappingSyntax.isValidKey(member.key) else { throw MappingError(.invalidKey(member.key), at: path) }
                assignments.append(try Self.assignment(key: member.key, member.value, at: path))
            }
        }
        if let value = root.value("sessions") {
            let object = try MappingObject(value, at: root.path("sessions"), allowed: nil)
            for member in object.object {
                let path = object.path(member.key)
                guard MappingSyntax.isValidKey(member.key) else { throw MappingError(.invalidKey(member.key), at: path) }
                sessions.append(SessionColumn(key: member.key, column: try Self.column(member.value, at: path)))
            }
        }
        if let value = root.value("peerReviews") { peerReviews = try Self.column(value, at: root.path("peerReviews")) }
        if let value = root.value("levels") {
            let object = try MappingObject(value, at: root.path("levels"), allowed: nil)
            var list: [GradebookLevel] = []
            for member in object.object {
                let path = object.path(member.key)
                guard MappingSyntax.isValidKey(member.key) else { throw MappingError(.invalidKey(member.key), at: path) }
                list.append(GradebookLevel(key: member.key, aliases: try Self.words(member.value, at: path)))
            }
            guard !list.isEmpty else {
                throw MappingError(.invalidValue("levels must list at least one level"), at: root.path("levels"))
            }
            levels = list
        }
        if let value = root.value("attendanceValues") {
            let object = try MappingObject(value, at: root.path("attendanceValues"),
                                           allowed: ["attended", "watchedRecording", "absent"])
            attendanceValues.attended = try object.value("attended").map { v throws(MappingError) in
                try Self.words(v, at: object.path("attended")) } ?? []
            attendanceValues.watchedRecording = try object.value("watchedRecording").map { v throws(MappingError) in
                try Self.words(v, at: object.path("watchedRecording")) } ?? []
            attendanceValues.absent = try object.value("absent").map { v throws(MappingError) in
                try Self.words(v, at: object.path("absent")) } ?? []
        }
        if let value = root.value("noGradeValues") {
            noGradeValues = try Self.words(value, at: root.path("noGradeValues"))
        }
    }

    private static func learner(_ json: JSON, at pointer: JSONPointer) throws(MappingError) -> LearnerColumns {
        let object = try MappingObject(json, at: pointer, allowed: [
            "id", "name", "givenName", "familyName", "email", "preferredLanguage", "defaultLanguage",
        ])
        var learner = LearnerColumns()
        learner.id = try object.value("id").map { v throws(MappingError) in try column(v, at: object.path("id")) }
        let name = try object.value("name").map { v throws(MappingError) in try column(v, at: object.path("name")) }
        let given = try object.value("givenName").map { v throws(MappingError) in try column(v, at: object.path("givenName")) }
        let family = try object.value("familyName").map { v throws(MappingError) in try column(v, at: object.path("familyName")) }
        switch (name, given, family) {
        case (nil, nil, nil): break
        case (let name?, nil, nil): learner.name = .full(name)
        case (nil, let given?, let family?): learner.name = .parts(given: given, family: family)
        case (.some, _, _):
            throw MappingError(.invalidValue("give either name or givenName and familyName, not both"), at: object.path("name"))
        case (nil, _, nil):
            throw MappingError(.invalidValue("givenName needs familyName"), at: object.path("givenName"))
        case (nil, nil, _):
            throw MappingError(.invalidValue("familyName needs givenName"), at: object.path("familyName"))
        }
        learner.email = try object.value("email").map { v throws(MappingError) in try column(v, at: object.path("email")) }
        learner.preferredLanguage = try object.value("preferredLanguage").map { v throws(MappingError) in
            try column(v, at: object.path("preferredLanguage")) }
        if let tag = try object.string("defaultLanguage") {
            guard MappingSyntax.isValidLanguageTag(tag), let normalized = LanguageTag.normalize(tag) else {
                throw MappingError(.invalidValue("\"\(tag)\" is not a BCP 47 language tag such as es or pt-BR"),
                                   at: object.path("defaultLanguage"))
            }
            learner.defaultLanguage = normalized
        }
        return learner
    }

    private static func assignment(key: String, _ json: JSON, at pointer: JSONPointer) throws(MappingError) -> AssignmentColumns {
        switch json {
        case .string, .number:
            return AssignmentColumns(key: key, columns: [try column(json, at: pointer)])
        case .array:
            return AssignmentColumns(key: key, columns: try columns(json, at: pointer))
        case .object:
            let object = try MappingObject(json, at: pointer, allowed: ["columns", "expect"])
            guard let value = object.value("columns") else {
                throw MappingError(.invalidValue("an assignment object needs \"columns\""), at: object.path("columns"))
            }
            let list: [ColumnReference]
            if case .array = value { list = try columns(value, at: object.path("columns")) } else {
                list = [try column(value, at: object.path("columns"))]
            }
            var expect = GradeExpectation.any
            if let text = try object.string("expect") {
                guard let value = GradeExpectation(rawValue: text) else {
                    throw MappingError(.invalidValue("expect must be any, score or level, not \"\(text)\""), at: object.path("expect"))
                }
                expect = value
            }
            return AssignmentColumns(key: key, columns: list, expect: expect)
        default:
            throw MappingError(.wrongKind(expected: "a column, an array of columns or an object", found: json.kindName), at: pointer)
        }
    }

    private static func columns(_ json: JSON, at pointer: JSONPointer) throws(MappingError) -> [ColumnReference] {
        guard case .array(let items) = json, !items.isEmpty, items.count <= 64 else {
            throw MappingError(.invalidValue("expected an array of 1 to 64 columns"), at: pointer)
        }
        var out: [ColumnReference] = []
        for (index, item) in items.enumerated() { out.append(try column(item, at: pointer.appending(index))) }
        return out
    }

    /// A column title (string) or a 1-based position (integer).
    static func column(_ json: JSON, at pointer: JSONPointer) throws(MappingError) -> ColumnReference {
        switch json {
        case .string(let name):
            guard MappingSyntax.isValidHeader(name) else {
                throw MappingError(.invalidValue("a column title must have 1 to 1000 characters, not all spaces"), at: pointer)
            }
            return .header(name)
        case .number(let number):
            guard let index = number.intValue, (1...1_000_000).contains(index) else {
                throw MappingError(.invalidValue("a column position is a whole number from 1 to 1000000, not \(number)"),
                                   at: pointer)
            }
            return .position(index)
        default:
            throw MappingError(.wrongKind(expected: "a column title (string) or position (integer)", found: json.kindName), at: pointer)
        }
    }

    private static func words(_ json: JSON, at pointer: JSONPointer) throws(MappingError) -> [String] {
        guard case .array(let items) = json else {
            throw MappingError(.wrongKind(expected: "an array of strings", found: json.kindName), at: pointer)
        }
        guard items.count <= 256 else { throw MappingError(.invalidValue("at most 256 values"), at: pointer) }
        var out: [String] = []
        for (index, item) in items.enumerated() {
            guard case .string(let text) = item, MappingSyntax.isValidWord(text) else {
                throw MappingError(.invalidValue("expected a string of 1 to 200 characters, not all spaces"),
                                   at: pointer.appending(index))
            }
            out.append(text)
        }
        return out
    }
}

/// Reads one JSON object of a mapping, refusing members it does not know.
struct MappingObject {
    let object: JSONObject
    let pointer: JSONPointer

    /// `allowed: nil` accepts any member name (for objects keyed by assignment or session).
    init(_ json: JSON, at pointer: JSONPointer, allowed: Set<String>?) throws(MappingError) {
        guard case .object(let object) = json else {
            throw MappingError(.wrongKind(expected: "an object", found: json.kindName), at: pointer)
        }
        if let allowed, let unknown = object.keys.first(where: { !allowed.contains($0) }) {
            throw MappingError(.unknownMember(unknown), at: pointer.appending(unknown))
        }
        self.object = object
        self.pointer = pointer
    }

    func path(_ key: String) -> JSONPointer { pointer.appending(key) }

    /// The member's value; `nil` when absent. (A JSON null is a value of the wrong kind, not absence.)
    func value(_ key: String) -> JSON? { object[key] }

    func string(_ key: String) throws(MappingError) -> String? {
        guard let value = value(key) else { return nil }
        guard case .string(let text) = value else {
            throw MappingError(.wrongKind(expected: "a string", found: value.kindName), at: path(key))
        }
        return text
    }

    func bool(_ key: String) throws(MappingError) -> Bool? {
        guard let value = value(key) else { return nil }
        guard case .bool(let flag) = value else {
            throw MappingError(.wrongKind(expected: "a boolean", found: value.kindName), at: path(key))
        }
        return flag
    }
}
