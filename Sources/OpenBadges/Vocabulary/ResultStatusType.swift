/// The status of a learner in the activity behind an achievement (`AchievementResult.status`). The specification
/// closes this vocabulary, but Laurel keeps unknown values rather than refusing the credential, so a
/// verifier can report them; `isKnown` says whether a value is one of the specification's.
public struct ResultStatusType: OpenVocabulary {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let completed = ResultStatusType(rawValue: "Completed")
    public static let enrolled = ResultStatusType(rawValue: "Enrolled")
    public static let failed = ResultStatusType(rawValue: "Failed")
    public static let inProgress = ResultStatusType(rawValue: "InProgress")
    public static let onHold = ResultStatusType(rawValue: "OnHold")
    public static let provisional = ResultStatusType(rawValue: "Provisional")
    public static let withdrew = ResultStatusType(rawValue: "Withdrew")

    public static let knownTerms: [ResultStatusType] = [
        completed,
        enrolled,
        failed,
        inProgress,
        onHold,
        provisional,
        withdrew,
    ]
}
