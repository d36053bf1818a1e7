/// A link from an achievement, result description, rubric level or result to a node of an external
/// framework: a competency, a standard, a course in a catalogue.
public struct Alignment: OpenBadgesModel {
    /// The `type` values, which include "Alignment" (checked when decoding; kept in order).
    public var type: [String]
    /// The name of the aligned node.
    public var targetName: String
    /// The URL of the official description of the aligned node.
    public var targetUrl: String
    public var targetCode: String?
    public var targetDescription: String?
    public var targetFramework: String?
    public var targetType: AlignmentTargetType?
    /// Properties this type does not define, kept in their original order.
    public var extensions: JSONObject

    public init(targetName: String, targetUrl: String, targetCode: String? = nil, targetDescription: String? = nil,
                targetFramework: String? = nil, targetType: AlignmentTargetType? = nil,
                type: [String] = ["Alignment"], extensions: JSONObject = JSONObject()) {
        self.type = type
        self.targetName = targetName
        self.targetUrl = targetUrl
        self.targetCode = targetCode
        self.targetDescription = targetDescription
        self.targetFramework = targetFramework
        self.targetType = targetType
        self.extensions = extensions
    }

    public init(json: JSON, at pointer: JSONPointer, warnings: inout [DecodingWarning]) throws(BadgeDecodingError) {
        var reader = try ObjectReader(json, at: pointer, what: "an Alignment object")
        type = try reader.types(requiring: ["Alignment"])
        targetName = try reader.requiredString("targetName")
        targetUrl = try reader.requiredString("targetUrl")
        targetCode = try reader.string("targetCode")
        targetDescription = try reader.string("targetDescription")
        targetFramework = try reader.string("targetFramework")
        targetType = try reader.string("targetType").map(AlignmentTargetType.init(rawValue:))
        extensions = reader.unconsumed
    }

    public var json: JSON {
        var writer = ObjectWriter()
        writer.set("type", strings: type)
        writer.set("targetName", targetName)
        writer.set("targetUrl", targetUrl)
        writer.set("targetCode", targetCode)
        writer.set("targetDescription", targetDescription)
        writer.set("targetFramework", targetFramework)
        writer.set("targetType", targetType?.rawValue)
        writer.append(extensions: extensions)
        return writer.json
    }
}
