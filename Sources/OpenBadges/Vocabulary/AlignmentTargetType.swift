/// The kind of node an `Alignment` points at in an external framework (a CASE item, a CTDL competency...).
/// An open vocabulary: `ext:` terms and unknown values are kept.
public struct AlignmentTargetType: OpenVocabulary {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let ceasnCompetency = AlignmentTargetType(rawValue: "ceasn:Competency")
    public static let cetermsCredential = AlignmentTargetType(rawValue: "ceterms:Credential")
    public static let cfItem = AlignmentTargetType(rawValue: "CFItem")
    public static let cfRubric = AlignmentTargetType(rawValue: "CFRubric")
    public static let cfRubricCriterion = AlignmentTargetType(rawValue: "CFRubricCriterion")
    public static let cfRubricCriterionLevel = AlignmentTargetType(rawValue: "CFRubricCriterionLevel")
    public static let ctdl = AlignmentTargetType(rawValue: "CTDL")

    public static let knownTerms: [AlignmentTargetType] = [
        ceasnCompetency,
        cetermsCredential,
        cfItem,
        cfRubric,
        cfRubricCriterion,
        cfRubricCriterionLevel,
        ctdl,
    ]
}
