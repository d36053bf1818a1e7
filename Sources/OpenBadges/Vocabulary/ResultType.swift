/// The kind of a result a `ResultDescription` describes (a letter grade, a rubric level, a status...).
/// An open vocabulary: `ext:` terms and unknown values are kept.
public struct ResultType: OpenVocabulary {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let gradePointAverage = ResultType(rawValue: "GradePointAverage")
    public static let letterGrade = ResultType(rawValue: "LetterGrade")
    public static let percent = ResultType(rawValue: "Percent")
    public static let performanceLevel = ResultType(rawValue: "PerformanceLevel")
    public static let predictedScore = ResultType(rawValue: "PredictedScore")
    public static let rawScore = ResultType(rawValue: "RawScore")
    public static let result = ResultType(rawValue: "Result")
    public static let rubricCriterion = ResultType(rawValue: "RubricCriterion")
    public static let rubricCriterionLevel = ResultType(rawValue: "RubricCriterionLevel")
    public static let rubricScore = ResultType(rawValue: "RubricScore")
    public static let scaledScore = ResultType(rawValue: "ScaledScore")
    public static let status = ResultType(rawValue: "Status")

    public static let knownTerms: [ResultType] = [
        gradePointAverage,
        letterGrade,
        percent,
        performanceLevel,
        predictedScore,
        rawScore,
        result,
        rubricCriterion,
        rubricCriterionLevel,
        rubricScore,
        scaledScore,
        status,
    ]
}
