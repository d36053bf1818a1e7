/// The recipient of an achievement credential and what they achieved: the achievement, results,
/// activity dates, credits.
///
/// The recipient is identified by `id` (a DID or URL), by one or more `identifier`s (e-mail hashes...),
/// or both; at least one of them must be present.
public struct AchievementSubject: CredentialSubject {
    public static let credentialTypeNames = ["AchievementCredential", "OpenBadgeCredential"]
    public static let defaultCredentialType = "OpenBadgeCredential"

    /// The recipient's URI (a DID, for example).
    public var id: String?
    /// The `type` values, which include "AchievementSubject" (checked when decoding; kept in order).
    public var type: [String]
    public var achievement: Achievement
    /// Identities of the recipient (see `IdentityObject`).
    public var identifier: [IdentityObject]
    public var result: [AchievementResult]
    public var activityStartDate: DateTime?
    public var activityEndDate: DateTime?
    public var creditsEarned: Double?
    /// A baked image of this learner's achievement.
    public var image: Image?
    public var licenseNumber: String?
    /// Markdown text connecting several pieces of evidence.
    public var narrative: String?
    /// The learner's role ("Team lead", "Mentor").
    public var role: String?
    /// Who assessed the achievement on behalf of the issuer.
    public var source: Profile?
    /// The academic term ("Fall 2024").
    public var term: String?
    /// Properties this type does not define, kept in their original order.
    public var extensions: JSONObject

    public init(id: String? = nil, identifier: [IdentityObject] = [], achievement: Achievement, result: [AchievementResult] = [],
                activityStartDate: DateTime? = nil, activityEndDate: DateTime? = nil, creditsEarned: Double? = nil,
                type: [String] = ["AchievementSubject"], extensions: JSONObject = JSONObject()) {
        self.id = id
        self.type = type
        self.achievement = achievement
        self.identifier = identifier
        self.result = result
        self.activityStartDate = activityStartDate
        self.activityEndDate = activityEndDate
        self.creditsEarned = creditsEarned
        self.extensions = extensions
    }

    public init(json: JSON, at pointer: JSONPointer, warnings: inout [DecodingWarning]) throws(BadgeDecodingError) {
        var reader = try ObjectReader(json, at: pointer, what: "an AchievementSubject object")
        id = try reader.string("id")
        type = try reader.types(requiring: ["AchievementSubject"])
        identifier = try reader.many("identifier") { (value, place) throws(BadgeDecodingError) in
            try IdentityObject(json: value, at: place, warnings: &warnings)
        }
        guard id != nil || !identifier.isEmpty else {
            throw BadgeDecodingError(.invalidValue("the recipient needs an \"id\" or at least one \"identifier\""),
                                     at: pointer)
        }
        guard let achievement = try reader.one("achievement", { (value, place) throws(BadgeDecodingError) in
            try Achievement(json: value, at: place, warnings: &warnings)
        }) else {
            throw BadgeDecodingError(.missingProperty, at: reader.path("achievement"))
        }
        self.achievement = achievement
        result = try reader.many("result") { (value, place) throws(BadgeDecodingError) in
            try AchievementResult(json: value, at: place, warnings: &warnings)
        }
        // OB types these as DateTime, not DateTimeZ: a local time is read as UTC, with a warning.
        activityStartDate = try reader.dateTime("activityStartDate", allowingMissingTimeZone: true, warnings: &warnings)
        activityEndDate = try reader.dateTime("activityEndDate", allowingMissingTimeZone: true, warnings: &warnings)
        creditsEarned = try reader.number("creditsEarned")
        image = try reader.one("image") { (value, place) throws(BadgeDecodingError) in
            try Image(json: value, at: place, warnings: &warnings)
        }
        licenseNumber = try reader.string("licenseNumber")
        narrative = try reader.string("narrative")
        role = try reader.string("role")
        source = try reader.one("source") { (value, place) throws(BadgeDecodingError) in
            try Profile(json: value, at: place, warnings: &warnings)
        }
        term = try reader.string("term")
        extensions = reader.unconsumed
    }

    public var json: JSON {
        var writer = ObjectWriter()
        writer.set("id", id)
        writer.set("type", strings: type)
        writer.set("identifier", array: identifier.map(\.json))
        writer.set("achievement", achievement.json)
        writer.set("result", array: result.map(\.json))
        writer.set("activityStartDate", activityStartDate)
        writer.set("activityEndDate", activityEndDate)
        writer.set("creditsEarned", creditsEarned)
        writer.set("image", image?.json)
        writer.set("licenseNumber", licenseNumber)
        writer.set("narrative", narrative)
        writer.set("role", role)
        writer.set("source", source?.json)
        writer.set("term", term)
        writer.append(extensions: extensions)
        return writer.json
    }
}
