/// A kind of result an achievement can be awarded with: a letter grade with its allowed values, a rubric
/// with its levels, a status... Results in a credential point at one by `id`.
public struct ResultDescription: OpenBadgesModel {
    /// Required so that results can point at this description.
    public var id: String
    /// The `type` values, which include "ResultDescription" (checked when decoding; kept in order).
    public var type: [String]
    public var name: String
    public var resultType: ResultType
    /// The allowed values, from low to high.
    public var allowedValue: [String]
    /// The value (from `allowedValue` or within `valueMin`...`valueMax`) required to pass.
    public var requiredValue: String?
    /// The `id` of the rubric level required to pass.
    public var requiredLevel: String?
    /// The rubric levels, from low to high.
    public var rubricCriterionLevel: [RubricCriterionLevel]
    public var valueMin: String?
    public var valueMax: String?
    public var alignment: [Alignment]
    /// Properties this type does not define, kept in their original order.
    public var extensions: JSONObject

    public init(id: String, name: String, resultType: ResultType, allowedValue: [String] = [],
                requiredValue: String? = nil, requiredLevel: String? = nil,
                rubricCriterionLevel: [RubricCriterionLevel] = [], valueMin: String? = nil, valueMax: String? = nil,
                alignment: [Alignment] = [], type: [String] = ["ResultDescription"],
                extensions: JSONObject = JSONObject()) {
        self.id = id
        self.type = type
        self.name = name
        self.resultType = resultType
        self.allowedValue = allowedValue
        self.requiredValue = requiredValue
        self.requiredLevel = requiredLevel
        self.rubricCriterionLevel = rubricCriterionLevel
        self.valueMin = valueMin
        self.valueMax = valueMax
        self.alignment = alignment
        self.extensions = extensions
    }

    public init(json: JSON, at pointer: JSONPointer, warnings: inout [DecodingWarning]) throws(BadgeDecodingError) {
        var reader = try ObjectReader(json, at: pointer, what: "a ResultDescription object")
        id = try reader.requiredString("id")
        type = try reader.types(requiring: ["ResultDescription"])
        name = try reader.requiredString("name")
        resultType = ResultType(rawValue: try reader.requiredString("resultType"))
        allowedValue = try reader.strings("allowedValue")
        requiredValue = try reader.string("requiredValue")
        requiredLevel = try reader.string("requiredLevel")
        rubricCriterionLevel = try reader.many("rubricCriterionLevel") { (value, place) throws(BadgeDecodingError) in
            try RubricCriterionLevel(json: value, at: place, warnings: &warnings)
        }
        valueMin = try reader.string("valueMin")
        valueMax = try reader.string("valueMax")
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
        writer.set("resultType", resultType.rawValue)
        writer.set("allowedValue", strings: allowedValue)
        writer.set("requiredValue", requiredValue)
        writer.set("requiredLevel", requiredLevel)
        writer.set("rubricCriterionLevel", array: rubricCriterionLevel.map(\.json))
        writer.set("valueMin", valueMin)
        writer.set("valueMax", valueMax)
        writer.set("alignment", array: alignment.map(\.json))
        writer.append(extensions: extensions)
        return writer.json
    }
}
