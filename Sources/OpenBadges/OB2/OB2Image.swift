extension OB2 {
    /// An image of an assertion, badge class or profile: an IRI or data URI, or an object that adds a
    /// caption and an author. The bare IRI form is kept as such when written back.
    public struct Image: OpenBadgesModel, OB2Identified {
        /// The URL or `data:` URI of the image.
        public var url: String
        public var caption: String?
        /// The IRI of the image's author.
        public var author: String?
        /// True when the document gave the image as a bare string.
        public var isBareIRI: Bool
        /// Properties this type does not define, kept in their original order.
        public var extensions: JSONObject

        public init(url: String, caption: String? = nil, author: String? = nil, extensions: JSONObject = JSONObject()) {
            self.url = url
            self.caption = caption
            self.author = author
            self.isBareIRI = caption == nil && author == nil && extensions.isEmpty
            self.extensions = extensions
        }

        public var documentID: String? { url }

        /// The data URI's parts, when the image is embedded as one.
        public var dataURI: DataURI? { DataURI(url) }

        public init(json: JSON, at pointer: JSONPointer, warnings: inout [DecodingWarning]) throws(BadgeDecodingError) {
            if case .string(let iri) = json {
                self.init(url: iri)
                return
            }
            var reader = try NodeReader(json, at: pointer, what: "an image IRI or an Image object")
            let url = try reader.requiredString("id")
            let caption = try reader.string("caption")
            let author = try reader.string("author")
            self.init(url: url, caption: caption, author: author, extensions: reader.unconsumed)
            isBareIRI = false
        }

        public var json: JSON {
            if isBareIRI { return .string(url) }
            var writer = ObjectWriter()
            writer.set("id", url)
            writer.set("caption", caption)
            writer.set("author", author)
            writer.append(extensions: extensions)
            return writer.json
        }
    }
}
