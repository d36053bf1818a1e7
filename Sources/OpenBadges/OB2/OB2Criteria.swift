extension OB2 {
    /// What a recipient must do to earn a badge: the URL of a page that says so, a Markdown narrative
    /// embedded in the badge class, or both.
    public struct Criteria: OpenBadgesModel, OB2Identified {
        public var id: String?
        public var documentID: String? { id }
        public var narrative: String?
        /// True when the document gave the criteria as a bare IRI.
        public var isBareIRI: Bool
        /// Properties this type does not define, kept in their original order.
        public var extensions: JSONObject

        public init(id: String? = nil, narrative: String? = nil, extensions: JSONObject = JSONObject()) {
            self.id = id
            self.narrative = narrative
            self.isBareIRI = false
            self.extensions = extensions
        }

        public init(json: JSON, at pointer: JSONPointer, warnings: inout [DecodingWarning]) throws(BadgeDecodingError) {
            if case .string(let iri) = json {
                self.init(id: iri)
                isBareIRI = true
                return
            }
            var reader = try NodeReader(json, at: pointer, what: "a criteria IRI or a Criteria object")
            let id = try reader.string("id")
            let narrative = try reader.string("narrative")
            self.init(id: id, narrative: narrative, extensions: reader.unconsumed)
        }

        public var json: JSON {
            if isBareIRI, let id { return .string(id) }
            var writer = ObjectWriter()
            writer.set("id", id)
            writer.set("narrative", narrative)
            writer.append(extensions: extensions)
            return writer.json
        }
    }
}
