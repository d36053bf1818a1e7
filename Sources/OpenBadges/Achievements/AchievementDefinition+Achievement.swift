extension AchievementDefinition {
    /// The OB 3.0 achievement for a reader of `language`: every text in that language, or, where a text
    /// lacks it, in the default language; `inLanguage` the definition's language closest to the one
    /// asked for; the criteria narrative the author's, else generated from the rules; alignments to
    /// the framework items; one result description per result, with the rubric's levels.
    public func achievement(language requested: String) -> Achievement {
        let language = resolvedLanguage(requested)
        func text(_ localized: LocalizedText) -> String {
            localized.resolved(for: language, fallback: defaultLanguage) ?? ""
        }
        let alignment: [Alignment] = framework.map { framework in
            alignments.compactMap { $0.item(in: framework) }.map { framework.alignment(to: $0, language: language) }
        } ?? []
        var achievement = Achievement(
            id: id, name: text(name), description: text(description),
            criteria: Criteria(narrative: criteriaNarrative(language: language)),
            achievementType: achievementType,
            image: image.map { Image(id: $0.id, caption: $0.caption.resolved(for: language, fallback: defaultLanguage)) },
            alignment: alignment,
            resultDescription: results.map { resultDescription($0, language: language) },
            tag: tags, inLanguage: language)
        achievement.humanCode = humanCode
        return achievement
    }

    /// The criteria narrative in `language`: the author's text if there is one, else the rules in words.
    public func criteriaNarrative(language: String) -> String {
        if let narrative, let text = narrative.resolved(for: language, fallback: defaultLanguage) { return text }
        return CriteriaWording(outline: outline, language: language, defaultLanguage: defaultLanguage).narrative(for: criteria)
    }

    /// The rubric as OB 3.0 levels, lowest first, numbered from 1.
    func rubricLevels(language: String) -> [RubricCriterionLevel] {
        rubric.levels.enumerated().map { index, level in
            RubricCriterionLevel(id: levelID(level.key), name: level.name.resolved(for: language, fallback: defaultLanguage) ?? level.key,
                                 description: level.description.resolved(for: language, fallback: defaultLanguage),
                                 level: String(index + 1))
        }
    }

    func resultDescription(_ result: DefinitionResult, language: String) -> ResultDescription {
        ResultDescription(id: resultID(result.key), name: result.name.resolved(for: language, fallback: defaultLanguage) ?? result.key,
                          resultType: .rubricCriterionLevel, requiredLevel: result.requiredLevel.map(levelID),
                          rubricCriterionLevel: rubricLevels(language: language))
    }
}
