/// The two spellings of a definition file.
public enum AchievementDefinitionFormat: Sendable, Equatable {
    case json, yaml

    /// `.yaml` for `*.yaml`/`*.yml`, `.json` otherwise.
    public static func forFile(named name: String) -> AchievementDefinitionFormat {
        let lower = LanguageTag.lowercased(name)
        return lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") ? .yaml : .json
    }
}

extension AchievementDefinition {
    /// Parses, checks and resolves a definition file. `framework` is needed when the definition has
    /// alignments; they must name items of it. Every problem found is reported at once, each with its
    /// JSON pointer and, for YAML, its line.
    public static func load(_ bytes: [UInt8], format: AchievementDefinitionFormat, file: String? = nil,
                            framework: SkillsFramework? = nil,
                            yamlLimits: YAMLLimits = .default) throws(AchievementDefinitionError) -> AchievementDefinition {
        let json: JSON
        var lines: [JSONPointer: Int] = [:]
        switch format {
        case .json:
            do {
                json = try JSON.parse(bytes)
            } catch {
                throw AchievementDefinitionError(file: file, problems: [DefinitionProblem(pointer: .root, message: "invalid JSON: \(error)")])
            }
        case .yaml:
            do {
                (json, lines) = try YAMLConverter(limits: yamlLimits).convert(bytes)
            } catch {
                throw AchievementDefinitionError(file: file, problems: [DefinitionProblem(pointer: .root, line: error.line, message: error.message)])
            }
        }
        return try AchievementDefinition(json: json, framework: framework, file: file, lines: lines)
    }

    /// Reads and checks a definition already parsed to JSON. `lines` maps pointers to YAML lines.
    public init(json: JSON, framework: SkillsFramework? = nil, file: String? = nil,
                lines: [JSONPointer: Int] = [:]) throws(AchievementDefinitionError) {
        func line(_ pointer: JSONPointer) -> Int? {
            var tokens = pointer.tokens
            while true {
                if let found = lines[JSONPointer(tokens: tokens)] { return found }
                if tokens.isEmpty { return nil }
                tokens.removeLast()
            }
        }
        do {
            self = try Self.decode(json)
        } catch {
            throw AchievementDefinitionError(file: file, problems: [
                DefinitionProblem(pointer: error.pointer, line: line(error.pointer), message: error.message),
            ])
        }
        var problems = Self.check(self, framework: framework)
        if let named = json["framework"]?.stringValue, let framework,
           !named.isByteEqual(to: framework.uri) && !named.isByteEqual(to: framework.id) {
            problems.append(DefinitionProblem(pointer: "/framework", message:
                "the definition names the framework \"\(named)\", but was loaded with \"\(framework.uri)\""))
        }
        if problems.isEmpty, !alignments.isEmpty || framework != nil { self.framework = framework }
        problems = problems.map { DefinitionProblem(pointer: $0.pointer, line: line($0.pointer), message: $0.message) }
        if !problems.isEmpty { throw AchievementDefinitionError(file: file, problems: problems) }
    }

    // MARK: Structure

    static func decode(_ json: JSON) throws(BadgeDecodingError) -> AchievementDefinition {
        var reader = try ObjectReader(json, at: .root, what: "an achievement definition object")
        _ = try reader.string("$schema")
        let id = try reader.requiredString("id")
        let language = try reader.requiredString("defaultLanguage")
        guard LanguageTag.isWellFormed(language) else {
            throw BadgeDecodingError(.invalidValue("\"\(language)\" is not a language tag (such as en, es, ar)"),
                                     at: reader.path("defaultLanguage"))
        }
        let name = try reader.requiredLocalized("name", defaultLanguage: language)
        let description = try reader.requiredLocalized("description", defaultLanguage: language)
        let type = try reader.string("achievementType").map(AchievementType.init(rawValue:))
        if let type, !type.isKnown && !type.isWellFormedExtension {
            throw BadgeDecodingError(.invalidValue(
                "\"\(type.rawValue)\" is not an OB 3.0 achievement type; use one of its terms (Certificate, Course, Badge…) or an extension ext:Name"),
                at: reader.path("achievementType"))
        }
        let humanCode = try reader.string("humanCode")
        let image = try reader.value("image").map { value throws(BadgeDecodingError) in
            try Self.image(value, at: reader.path("image"), language: language)
        }
        let tags = try reader.stringArray("tags")
        _ = try reader.string("framework")  // checked against the framework given
        let alignments = try reader.objectArray("alignments") { (value, place) throws(BadgeDecodingError) in
            var inner = try ObjectReader(value, at: place, what: "an alignment object with \"code\" or \"id\"")
            let code = try inner.string("code"), id = try inner.string("id")
            try inner.rejectUnknownMembers()
            switch (code, id) {
            case (let code?, nil): return AlignmentReference.code(code)
            case (nil, let id?): return AlignmentReference.id(id)
            default: throw BadgeDecodingError(.invalidValue("an alignment names a framework item by \"code\" or by \"id\", not both or neither"), at: place)
            }
        }
        let sessions = try Self.sessions(reader.value("sessions"), at: reader.path("sessions"))
        let rubric = RubricScale(levels: try reader.objectArray("rubric") { (value, place) throws(BadgeDecodingError) in
            var inner = try ObjectReader(value, at: place, what: "a rubric level object")
            let level = RubricLevel(key: try inner.requiredString("key"),
                                    name: try inner.requiredLocalized("name", defaultLanguage: language),
                                    description: try inner.localized("description", defaultLanguage: language) ?? LocalizedText(),
                                    threshold: try inner.number("threshold"))
            try inner.rejectUnknownMembers()
            return level
        })
        var assignments = try reader.objectArray("assignments") { (value, place) throws(BadgeDecodingError) in
            try Self.assignment(value, at: place, language: language)
        }
        var finalProject: String?
        if let value = reader.value("finalProject") {
            let project = try Self.assignment(value, at: reader.path("finalProject"), language: language)
            finalProject = project.key
            assignments.append(project)
        }
        let results = try reader.objectArray("results") { (value, place) throws(BadgeDecodingError) in
            var inner = try ObjectReader(value, at: place, what: "a result object")
            let result = DefinitionResult(key: try inner.requiredString("key"),
                                          name: try inner.requiredLocalized("name", defaultLanguage: language),
                                          assignment: try inner.requiredString("assignment"),
                                          requiredLevel: try inner.string("requiredLevel"))
            try inner.rejectUnknownMembers()
            return result
        }
        let criteria = try CriteriaRule(json: try reader.required("criteria"), at: reader.path("criteria"))
        let narrative = try reader.localized("narrative", defaultLanguage: language)
        let gradebook = reader.value("gradebook")
        // The mapping's content belongs to the gradebook importer; here it only has to be an object.
        if let gradebook, gradebook.objectValue == nil {
            throw BadgeDecodingError(.wrongKind(expected: "a gradebook mapping object", found: gradebook.kindName), at: reader.path("gradebook"))
        }
        try reader.rejectUnknownMembers()
        return AchievementDefinition(
            id: id, defaultLanguage: language, name: name, description: description, achievementType: type,
            humanCode: humanCode, image: image, tags: tags, framework: nil, alignments: alignments, sessions: sessions,
            assignments: assignments, finalProject: finalProject, rubric: rubric, results: results, criteria: criteria,
            narrative: narrative, gradebook: gradebook)
    }

    /// `8` (keys `session-1` … `session-8`) or an array of keys.
    static func sessions(_ value: JSON?, at pointer: JSONPointer) throws(BadgeDecodingError) -> [String] {
        guard let value else { return [] }
        switch value {
        case .number(let number):
            guard let count = number.intValue, count >= 0, count <= 1_000 else {
                throw BadgeDecodingError(.invalidValue("sessions must be a whole number from 0 to 1000, or an array of keys"), at: pointer)
            }
            return count == 0 ? [] : (1...count).map { "session-\($0)" }
        case .array(let elements):
            var keys: [String] = []
            for (index, element) in elements.enumerated() {
                let key = try ObjectReader.string(element, at: pointer.appending(index))
                guard !keys.contains(key) else {
                    throw BadgeDecodingError(.invalidValue("the session \"\(key)\" is listed twice"), at: pointer.appending(index))
                }
                keys.append(key)
            }
            return keys
        default:
            throw BadgeDecodingError(.wrongKind(expected: "a number of sessions or an array of session keys", found: value.kindName), at: pointer)
        }
    }

    static func assignment(_ value: JSON, at pointer: JSONPointer, language: String) throws(BadgeDecodingError) -> CourseAssignment {
        var reader = try ObjectReader(value, at: pointer, what: "an assignment object with \"key\" and \"name\"")
        let assignment = CourseAssignment(key: try reader.requiredString("key"),
                                          name: try reader.requiredLocalized("name", defaultLanguage: language))
        try reader.rejectUnknownMembers()
        return assignment
    }

    static func image(_ value: JSON, at pointer: JSONPointer, language: String) throws(BadgeDecodingError) -> DefinitionImage {
        if case .string(let id) = value { return DefinitionImage(id: id) }
        var reader = try ObjectReader(value, at: pointer, what: "an image URI or an object with \"id\" and \"caption\"")
        let image = DefinitionImage(id: try reader.requiredString("id"),
                                    caption: try reader.localized("caption", defaultLanguage: language) ?? LocalizedText())
        try reader.rejectUnknownMembers()
        return image
    }
}
