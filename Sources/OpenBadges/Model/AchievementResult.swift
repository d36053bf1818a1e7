/// A result the recipient achieved: a value ("A"), a rubric level, or a status, usually tied to one of
/// the achievement's result descriptions.
///
/// This is the OB 3.0 `Result` class, named so that it does not hide Swift's `Result` from code that
/// imports this module.
public struct AchievementResult: OpenBadgesModel {
    /// The `type` values, which include "Result" (checked when decoding; kept in order).
    public var type: [String]
    /// The `id` of the `ResultDescription` this result belongs to.
    public var resultDescription: String?
    /// The value achieved, as text ("A", "87", "3.9").
    public var value: String?
    /// The `id` of the `RubricCriterionLevel` achieved.
    public var achievedLevel: String?
    public var status: ResultStatusType?
    /// Alignments in addition to those of the result description.
    public var alignment: [Alignment]
    /// Properties this type does not define, kept in their original order.
    public var extensions: JSONObject

    public init(resultDescription: String? = nil, value: String? = nil, achievedLevel: String? = nil,
                status: ResultStatusType? = nil, alignment: [Alignment] = [], type: [String] = ["Result"],
                extensions: JSONObject = JSONObject()) {
        self.type = type
        self.resultDescription = resultDescription
        self.value = value
        self.achievedLevel = achievedLevel
        self.status = status
        self.alignment = alignment
        self.extensions = extensions
    }

    public init(json: JSON, at pointer: JSONPointer, warnings: inout [DecodingWarning]) throws(BadgeDecodingError) {
        var reader = try ObjectReader(json, at: pointer, what: "a Result object")
        type = try reader.types(requiring: ["Result"])
        resultDescription = try reader.string("resultDescription")
        value = try reader.string("value")
        achievedLevel = try reader.string("achievedLevel")
        status = try reader.string("status").map(ResultStatusType.init(rawValue:))
        alignment = try reader.many("alignment") { (value, place) throws(BadgeDecodingError) in
            try Alignment(json: value, at: place, warnings: &warnings)
        }
        extensions = reader.unconsumed
    }

    public var json: JSON {
        var writer = ObjectWriter()
        writer.set("type", strings: type)
        writer.set("resultDescription", resultDescription)
        writer.set("value", value)
        writer.set("achievedLevel", achievedLevel)
        writer.set("status", status?.rawValue)
        writer.set("alignment", array: alignment.map(\.json))
        writer.append(extensions: extensions)
        return writer.json
    }
}
