import OpenBadges

/// The project's example definition, loaded with the example framework.
enum DefinitionSamples {
    static let examplePath = "examples/partnership-building.achievement.yaml"

    static func example() throws -> AchievementDefinition {
        try AchievementDefinition.load(try FrameworkSamples.projectFile(examplePath), format: .yaml, file: examplePath,
                                       framework: try FrameworkSamples.example())
    }

    /// The example as JSON, converted from the YAML (for edits in tests).
    static func exampleJSON() throws -> JSON {
        try YAMLConverter().convert(try FrameworkSamples.projectFile(examplePath)).json
    }

    /// Loads an edited definition with the example framework.
    static func load(_ json: JSON) throws(AchievementDefinitionError) -> AchievementDefinition {
        let framework = try? FrameworkSamples.example()
        return try AchievementDefinition.load(json.serialized(), format: .json, file: "edited.json", framework: framework)
    }
}
