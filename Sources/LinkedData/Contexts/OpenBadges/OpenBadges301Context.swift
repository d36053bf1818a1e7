/// `https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json`. Compared with the first context:
/// object-valued properties lose their class coercions (`source`, `image` and `parentOrg` become
/// references), achievements, subjects and profiles gain an `image`, `awardedDate` is added, and
/// `creator`, `address`, `phone` and the Alignment type (`schema:AlignmentObject`) get their IRIs
/// corrected. AchievementSubject's `achievement` becomes `…#achievement-0`.
enum OpenBadges301Context: OpenBadges3ContextWriter {
    static let edition = OpenBadges3Edition.v3_0_1
}
