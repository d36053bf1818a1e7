/// `https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json`. Compared with 3.0.2: every `image`
/// is `…#image` again, AchievementSubject's `achievement` loses its `-0` suffix, and `inLanguage`,
/// `endorsementJwt`, `awardedDate` and `jti` are added.
///
/// This is the copy the 1EdTech validator serves. The copy in the specification repository lacks
/// `endorsementJwt` and `jti`; 1EdTech and DCC credentials signed under 3.0.3 canonicalize correctly only
/// with this one.
enum OpenBadges303Context: OpenBadges3ContextWriter {
    static let edition = OpenBadges3Edition.v3_0_3
}
