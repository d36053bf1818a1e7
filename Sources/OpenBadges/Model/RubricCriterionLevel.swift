/// One level of a rubric criterion ("Needs improvement", "Good", "Excellent"), which a result can say
/// was achieved (`AchievementResult.achievedLevel` is this level's `id`).
public struct RubricCriterionLevel: OpenBadgesModel {
    /// Required so that results can point at this level.
    public var id: String
    /// The `type` values, which include "RubricCriterionLevel" (checked when decoding; kept in order).
    public var type: [String]
    public var name: String
    public var description: String?
    /// The performance level in terms of success ("Mastered", "3").
    public var level: String?
    /// The points of this level, as text (the specification's type).
    public var points: String?
    public var alignment: [Alignment]
    /// Properties this type does not define, kept in their original order.
    public var extensions: JSONObject

    public init(id: String, name: String, description: String? = nil, level: String? = nil, points: String? = nil,
                alignment: [Alignment] = [], type: [String] = ["RubricCriterionLevel"],
                extensions: JSONObject = JSONObject()) {
        self.id = id
        self.type = type
        self.name = name
        self.description = description
        self.level = level
        self.points = points
        self.alignment = alignment
        self.extensions = extensions
    }

    public init(json: JSON, at pointer: JSONPointer, warnings: inout [DecodingWarning]) throws(BadgeDecodingError) {
        var reader = try ObjectReader(json, at: pointer, what: "a RubricCriterionLevel object")
        id = try reader.requiredString("id")
        type = try reader.types(requiring: ["RubricCriterionLevel"])
        name = try reader.requiredString("name")
        description = try reader.string("description")
        level = try reader.string("level")
        points = try reader.string("points")
        alignment = try reader.many("alignment") { (value, place) throws(BadgeDecodingError) in
            try Alignment(json: value, at: place, warnings: &warnings)
        }
        extensions = reader.unconsumed
    }

    public var json: JSON {
        var writer = ObjectWriter()
        writer.set("id", id)
        writer.set("type", strings: type)
        writer.set("name", name)
        writer.set("description", description)
        writer.set("level", level)
        writer.set("points", points)
        writer.set("alignment", array: alignment.map(\.json))
        writer.append(extensions: extensions)
        return writer.json
    }
}
