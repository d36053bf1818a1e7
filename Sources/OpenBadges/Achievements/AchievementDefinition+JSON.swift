extension AchievementDefinition {
    /// The definition in Laurel's JSON form (what `load(_:format: .json)` reads back to an equal
    /// definition, given the same framework). Sessions are written as a count when they are the
    /// default keys `session-1` … `session-N`.
    public var json: JSON {
        var writer = ObjectWriter()
        writer.set("$schema", AchievementDefinition.schemaID)
        writer.set("id", id)
        writer.set("defaultLanguage", defaultLanguage)
        writer.set("name", name.json)
        writer.set("description", description.json)
        writer.set("achievementType", achievementType?.rawValue)
        writer.set("humanCode", humanCode)
        if let image {
            var inner = ObjectWriter()
            inner.set("id", image.id)
            if !image.caption.isEmpty { inner.set("caption", image.caption.json) }
            writer.set("image", inner.json)
        }
        writer.set("tags", strings: tags)
        if !alignments.isEmpty { writer.set("framework", framework?.uri) }
        writer.set("alignments", array: alignments.map { reference in
            switch reference {
            case .code(let code): ["code": .string(code)]
            case .id(let id): ["id": .string(id)]
            }
        })
        let numbered = sessions.enumerated().allSatisfy { $0.element == "session-\($0.offset + 1)" }
        if !sessions.isEmpty { writer.set("sessions", numbered ? JSON.number(sessions.count) : .array(sessions.map(JSON.string))) }
        writer.set("rubric", array: rubric.levels.map { level in
            var inner = ObjectWriter()
            inner.set("key", level.key)
            inner.set("name", level.name.json)
            if !level.description.isEmpty { inner.set("description", level.description.json) }
            inner.set("threshold", level.threshold)
            return inner.json
        })
        func assignment(_ item: CourseAssignment) -> JSON { ["key": .string(item.key), "name": item.name.json] }
        let regular = assignments.filter { item in !(finalProject.map { $0.isByteEqual(to: item.key) } ?? false) }
        writer.set("assignments", array: regular.map(assignment))
        if let finalProject, let project = outline.assignment(finalProject) { writer.set("finalProject", assignment(project)) }
        writer.set("results", array: results.map { result in
            var inner = ObjectWriter()
            inner.set("key", result.key)
            inner.set("name", result.name.json)
            inner.set("assignment", result.assignment)
            inner.set("requiredLevel", result.requiredLevel)
            return inner.json
        })
        writer.set("criteria", criteria.json)
        writer.set("narrative", narrative?.json)
        writer.set("gradebook", gradebook)
        return writer.json
    }

    /// The `$id` of `schemas/achievement.schema.json`.
    public static let schemaID = "urn:laurel:schema:achievement:1"
}
