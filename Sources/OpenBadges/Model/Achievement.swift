/// What is recognized: a course, a skill, a degree... with its criteria and the results it can be
/// awarded with. One achievement is the subject of many credentials.
public struct Achievement: OpenBadgesModel {
    /// The achievement's URI, the same in every credential that awards it.
    public var id: String
    /// The `type` values, which include "Achievement" (checked when decoding; kept in order).
    public var type: [String]
    public var name: String
    public var description: String
    public var criteria: Criteria
    public var achievementType: AchievementType?
    public var image: Image?
    /// The person or organization that defined the achievement.
    public var creator: Profile?
    /// Credit hours available, e.g. 3.0.
    public var creditsAvailable: Double?
    public var alignment: [Alignment]
    public var resultDescription: [ResultDescription]
    /// Endorsements signed with a Data Integrity proof (see `EmbeddedEndorsement`).
    public var endorsement: [EmbeddedEndorsement]
    /// Endorsements as compact JWS (VC-JWT).
    public var endorsementJwt: [String]
    /// Category or discipline ("Education", "Community organising").
    public var fieldOfStudy: String?
    /// A human-readable code ("CS101").
    public var humanCode: String?
    /// The language of the achievement's texts (BCP 47, e.g. `en` or `pt-BR`).
    public var inLanguage: String?
    public var otherIdentifier: [IdentifierEntry]
    /// The same achievement in other languages, or previous versions.
    public var related: [Related]
    public var specialization: String?
    public var tag: [String]
    public var version: String?
    /// Properties this type does not define, kept in their original order.
    public var extensions: JSONObject

    /// An achievement with its required properties; everything else can be set afterwards.
    public init(id: String, name: String, description: String, criteria: Criteria,
                achievementType: AchievementType? = nil, image: Image? = nil, creator: Profile? = nil,
                alignment: [Alignment] = [], resultDescription: [ResultDescription] = [], tag: [String] = [],
                inLanguage: String? = nil, related: [Related] = [], creditsAvailable: Double? = nil,
                type: [String] = ["Achievement"], extensions: JSONObject = JSONObject()) {
        self.id = id
        self.type = type
        self.name = name
        self.description = description
        self.criteria = criteria
        self.achievementType = achievementType
        self.image = image
        self.creator = creator
        self.creditsAvailable = creditsAvailable
        self.alignment = alignment
        self.resultDescription = resultDescription
        self.endorsement = []
        self.endorsementJwt = []
        self.otherIdentifier = []
        self.related = related
        self.tag = tag
        self.inLanguage = inLanguage
        self.extensions = extensions
    }

    public init(json: JSON, at pointer: JSONPointer, warnings: inout [DecodingWarning]) throws(BadgeDecodingError) {
        var reader = try ObjectReader(json, at: pointer, what: "an Achievement object")
        id = try reader.requiredString("id")
        type = try reader.types(requiring: ["Achievement"])
        name = try reader.requiredString("name")
        description = try reader.requiredString("description")
        guard let criteria = try reader.one("criteria", { (value, place) throws(BadgeDecodingError) in
            try Criteria(json: value, at: place, warnings: &warnings)
        }) else {
            throw BadgeDecodingError(.missingProperty, at: reader.path("criteria"))
        }
        self.criteria = criteria
        achievementType = try reader.string("achievementType").map(AchievementType.init(rawValue:))
        image = try reader.one("image") { (value, place) throws(BadgeDecodingError) in
            try Image(json: value, at: place, warnings: &warnings)
        }
        creator = try reader.one("creator") { (value, place) throws(BadgeDecodingError) in
            try Profile(json: value, at: place, warnings: &warnings)
        }
        creditsAvailable = try reader.number("creditsAvailable")
        alignment = try reader.many("alignment") { (value, place) throws(BadgeDecodingError) in
            try Alignment(json: value, at: place, warnings: &warnings)
        }
        resultDescription = try reader.many("resultDescription") { (value, place) throws(BadgeDecodingError) in
            try ResultDescription(json: value, at: place, warnings: &warnings)
        }
        endorsement = try reader.many("endorsement") { (value, place) throws(BadgeDecodingError) in
            EmbeddedEndorsement(json: value, at: place, warnings: &warnings)
        }
        endorsementJwt = try reader.strings("endorsementJwt")
        fieldOfStudy = try reader.string("fieldOfStudy")
        humanCode = try reader.string("humanCode")
        inLanguage = try reader.string("inLanguage")
        otherIdentifier = try reader.many("otherIdentifier") { (value, place) throws(BadgeDecodingError) in
            try IdentifierEntry(json: value, at: place, warnings: &warnings)
        }
        related = try reader.many("related") { (value, place) throws(BadgeDecodingError) in
            try Related(json: value, at: place, warnings: &warnings)
        }
        specialization = try reader.string("specialization")
        tag = try reader.strings("tag")
        version = try reader.string("version")
        extensions = reader.unconsumed
    }

    public var json: JSON {
        var writer = ObjectWriter()
        writer.set("id", id)
        writer.set("type", strings: type)
        writer.set("name", name)
        writer.set("description", description)
        writer.set("criteria", criteria.json)
        writer.set("achievementType", achievementType?.rawValue)
        writer.set("image", image?.json)
        writer.set("creator", creator?.json)
        writer.set("creditsAvailable", creditsAvailable)
        writer.set("alignment", array: alignment.map(\.json))
        writer.set("resultDescription", array: resultDescription.map(\.json))
        writer.set("endorsement", array: endorsement.map(\.json))
        writer.set("endorsementJwt", strings: endorsementJwt)
        writer.set("fieldOfStudy", fieldOfStudy)
        writer.set("humanCode", humanCode)
        writer.set("inLanguage", inLanguage)
        writer.set("otherIdentifier", array: otherIdentifier.map(\.json))
        writer.set("related", array: related.map(\.json))
        writer.set("specialization", specialization)
        writer.set("tag", strings: tag)
        writer.set("version", version)
        writer.append(extensions: extensions)
        return writer.json
    }
}
