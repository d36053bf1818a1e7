extension OB2 {
    /// Work that earned an assertion: the URL of a page that shows it, or an object describing it.
    public struct Evidence: OpenBadgesModel, OB2Identified {
        public var id: String?
        public var documentID: String? { id }
        public var narrative: String?
        public var name: String?
        public var description: String?
        /// The kind of work (`Poetry`, `Film`…).
        public var genre: String?
        public var audience: String?
        /// True when the document gave the evidence as a bare IRI.
        public var isBareIRI: Bool
        /// Properties this type does not define, kept in their original order.
        public var extensions: JSONObject

        public init(id: String? = nil, narrative: String? = nil, name: String? = nil, description: String? = nil,
                    genre: String? = nil, audience: String? = nil, extensions: JSONObject = JSONObject()) {
            self.id = id
            self.narrative = narrative
            self.name = name
            self.description = description
            self.genre = genre
            self.audience = audience
            self.isBareIRI = false
            self.extensions = extensions
        }

        public init(json: JSON, at pointer: JSONPointer, warnings: inout [DecodingWarning]) throws(BadgeDecodingError) {
            if case .string(let iri) = json {
                self.init(id: iri)
                isBareIRI = true
                return
            }
            var reader = try NodeReader(json, at: pointer, what: "an evidence IRI or an Evidence object")
            let id = try reader.string("id")
            let narrative = try reader.string("narrative")
            let name = try reader.string("name")
            let description = try reader.string("description")
            let genre = try reader.string("genre")
            let audience = try reader.string("audience")
            self.init(id: id, narrative: narrative, name: name, description: description, genre: genre, audience: audience,
                      extensions: reader.unconsumed)
        }

        public var json: JSON {
            if isBareIRI, let id { return .string(id) }
            var writer = ObjectWriter()
            writer.set("id", id)
            writer.set("narrative", narrative)
            writer.set("name", name)
            writer.set("description", description)
            writer.set("genre", genre)
            writer.set("audience", audience)
            writer.append(extensions: extensions)
            return writer.json
        }
    }
}
