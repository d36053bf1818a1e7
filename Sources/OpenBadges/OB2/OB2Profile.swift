extension OB2 {
    /// An issuer (or any other person or organization): who awards badges, how to reach them, which
    /// keys sign their assertions, where their revocation list is, and the scope their hosted assertions
    /// must lie in.
    public struct Profile: OpenBadgesModel, OB2Identified {
        public var id: String
        /// Class names: `Issuer`, `Profile`, or either with other classes.
        public var type: [String]
        public var name: String?
        public var url: String?
        public var email: String?
        public var telephone: String?
        public var description: String?
        public var image: Image?
        /// The keys the issuer signs with: IRIs of `CryptographicKey` documents or the keys themselves.
        public var publicKey: [Linked<CryptographicKey>]
        /// The scope of the issuer's hosted assertions; absent means "the origin of the profile's `id`".
        public var verification: VerificationObject?
        /// The IRI of the issuer's revocation list for signed assertions.
        public var revocationList: String?
        public var endorsement: [Linked<Endorsement>]
        /// Properties this type does not define, kept in their original order.
        public var extensions: JSONObject

        public var documentID: String? { id }

        public init(id: String, name: String? = nil, url: String? = nil, email: String? = nil, type: [String] = ["Issuer"],
                    publicKey: [Linked<CryptographicKey>] = [], verification: VerificationObject? = nil,
                    revocationList: String? = nil, extensions: JSONObject = JSONObject()) {
            self.id = id
            self.type = type
            self.name = name
            self.url = url
            self.email = email
            self.publicKey = publicKey
            self.verification = verification
            self.revocationList = revocationList
            self.endorsement = []
            self.extensions = extensions
        }

        public init(json: JSON, at pointer: JSONPointer, warnings: inout [DecodingWarning]) throws(BadgeDecodingError) {
            var reader = try NodeReader(json, at: pointer, what: "a Profile (issuer) object")
            id = try reader.requiredString("id")
            type = try reader.types(requiring: ["Issuer", "Profile"])
            name = try reader.string("name")
            url = try reader.string("url")
            email = try reader.string("email")
            telephone = try reader.string("telephone")
            description = try reader.string("description")
            image = try reader.one("image") { (value, place) throws(BadgeDecodingError) in
                try Image(json: value, at: place, warnings: &warnings)
            }
            publicKey = try reader.many("publicKey") { (value, place) throws(BadgeDecodingError) in
                try Linked<CryptographicKey>(json: value, at: place, warnings: &warnings)
            }
            verification = try reader.one("verification") { (value, place) throws(BadgeDecodingError) in
                try VerificationObject(json: value, at: place, warnings: &warnings)
            }
            revocationList = try reader.string("revocationList")
            endorsement = try reader.many("endorsement") { (value, place) throws(BadgeDecodingError) in
                try Linked<Endorsement>(json: value, at: place, warnings: &warnings)
            }
            extensions = reader.unconsumed
        }

        /// The properties OB 2.0 requires of a profile used as an issuer (`name`, `url`, `email`) that this
        /// one lacks.
        public var missingIssuerProperties: [String] {
            [("name", name), ("url", url), ("email", email)].compactMap { $0.1 == nil ? $0.0 : nil }
        }

        public var json: JSON {
            var writer = ObjectWriter()
            writer.set("id", id)
            writer.set("type", oneOrMany: type.map(JSON.string))
            writer.set("name", name)
            writer.set("url", url)
            writer.set("email", email)
            writer.set("telephone", telephone)
            writer.set("description", description)
            writer.set("image", image?.json)
            writer.set("publicKey", oneOrMany: publicKey.map(\.json))
            writer.set("verification", verification?.json)
            writer.set("revocationList", revocationList)
            writer.set("endorsement", oneOrMany: endorsement.map(\.json))
            writer.append(extensions: extensions)
            return writer.json
        }
    }
}
