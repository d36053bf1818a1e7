/// The decision on one learner: earned or not yet, why (rule by rule, in words), and the OB 3.0 results
/// that go into the credential.
public struct LearnerEvaluation: Sendable, Equatable {
    /// `LearnerRecord.id`.
    public let learnerID: String
    /// The language the sentences are in.
    public let language: String
    /// True when every required rule holds; otherwise the achievement is "not yet" earned.
    public let earned: Bool
    /// The verdict of the criteria, with the verdict of every rule inside.
    public let outcome: RuleOutcome
    /// One sentence per rule, depth first, in `language`.
    public let reasons: [Reason]
    /// For each result description, the level the learner's best attempt reached (results of work not
    /// graded are left out).
    public let results: [AchievementResult]

    /// One rule's verdict in words.
    public struct Reason: Sendable, Equatable {
        /// The rule's path in the definition.
        public let path: JSONPointer
        public let satisfied: Bool
        public let sentence: String

        public init(path: JSONPointer, satisfied: Bool, sentence: String) {
            self.path = path
            self.satisfied = satisfied
            self.sentence = sentence
        }
    }
}

extension AchievementDefinition {
    /// Evaluates `record` against the criteria. The sentences are in `language`, else the learner's
    /// preferred language, else the default language. Never fails: missing grades are "not graded".
    public func evaluate(_ record: LearnerRecord, language: String? = nil) -> LearnerEvaluation {
        let chosen = resolvedLanguage(language ?? record.preferredLanguage ?? defaultLanguage)
        let outcome = CriteriaEvaluator(outline: outline, rule: criteria).evaluate(record)
        let wording = CriteriaWording(outline: outline, language: chosen, defaultLanguage: defaultLanguage)
        let reasons = outcome.flattened.map { each in
            LearnerEvaluation.Reason(path: each.path, satisfied: each.satisfied, sentence: wording.sentence(for: each))
        }
        var results: [AchievementResult] = []
        for result in self.results {
            if case .level(let key, _, _) = GradeStanding.best(of: record.grades[result.assignment] ?? [], on: rubric) {
                results.append(AchievementResult(resultDescription: resultID(result.key), achievedLevel: levelID(key)))
            }
        }
        return LearnerEvaluation(learnerID: record.id, language: chosen, earned: outcome.satisfied, outcome: outcome,
                                 reasons: reasons, results: results)
    }
}
