extension OB2 {
    /// What a badge means: its name, description, image, criteria and issuer. Many assertions award the
    /// same badge class.
    ///
    /// The specification marks `image` as required, but the reference validator accepts badge classes
    /// without one, and a missing picture has no bearing on whether a badge is genuine; Laurel reads it
    /// as optional.
    public struct BadgeClass: OpenBadgesModel, OB2Identified {
        public var id: String
        public var type: [String]
        public var name: String
        public var description: String
        public var image: Image?
        public var criteria: Criteria
        /// The issuer: the IRI of its profile, or the profile itself.
        public var issuer: Linked<Profile>
        public var alignment: [AlignmentObject]
        public var tags: [String]
        public var endorsement: [Linked<Endorsement>]
        /// Properties this type does not define, kept in their original order.
        public var extensions: JSONObject

        public var documentID: String? { id }

        public init(id: String, name: String, description: String, criteria: Criteria, issuer: Linked<Profile>,
                    image: Image? = nil, alignment: [AlignmentObject] = [], tags: [String] = [],
                    type: [String] = ["BadgeClass"], extensions: JSONObject = JSONObject()) {
            self.id = id
            self.type = type
            self.name = name
            self.description = description
            self.image = image
            self.criteria = criteria
            self.issuer = issuer
            self.alignment = alignment
            self.tags = tags
            self.endorsement = []
            self.extensions = extensions
        }

        public init(json: JSON, at pointer: JSONPointer, warnings: inout [DecodingWarning]) throws(BadgeDecodingError) {
            var reader = try NodeReader(json, at: pointer, what: "a BadgeClass object")
            id = try reader.requiredString("id")
            type = try reader.types(requiring: ["BadgeClass"])
            name = try reader.requiredString("name")
            description = try reader.requiredString("description")
            image = try reader.one("image") { (value, place) throws(BadgeDecodingError) in
                try Image(json: value, at: place, warnings: &warnings)
            }
            criteria = try reader.requiredOne("criteria") { (value, place) throws(BadgeDecodingError) in
                try Criteria(json: value, at: place, warnings: &warnings)
            }
            issuer = try reader.requiredOne("issuer") { (value, place) throws(BadgeDecodingError) in
                try Linked<Profile>(json: value, at: place, warnings: &warnings)
            }
            alignment = try reader.many("alignment") { (value, place) throws(BadgeDecodingError) in
                try AlignmentObject(json: value, at: place, warnings: &warnings)
            }
            tags = try reader.strings("tags")
            endorsement = try reader.many("endorsement") { (value, place) throws(BadgeDecodingError) in
                try Linked<Endorsement>(json: value, at: place, warnings: &warnings)
            }
            extensions = reader.unconsumed
        }

        public var json: JSON {
            var writer = ObjectWriter()
            writer.set("id", id)
            writer.set("type", oneOrMany: type.map(JSON.string))
            writer.set("name", name)
            writer.set("description", description)
            writer.set("image", image?.json)
            writer.set("criteria", criteria.json)
            writer.set("issuer", issuer.json)
            writer.set("alignment", oneOrMany: alignment.map(\.json))
            writer.set("tags", oneOrMany: tags.map(JSON.string))
            writer.set("endorsement", oneOrMany: endorsement.map(\.json))
            writer.append(extensions: extensions)
            return writer.json
        }
    }
}
