extension OB2 {
    /// A public key an issuer signs assertions with (security vocabulary `Key`). The issuer profile lists
    /// it in `publicKey` and the key names the profile as its `owner`: the two-way link is what makes the
    /// key the issuer's.
    public struct CryptographicKey: OpenBadgesModel, OB2Identified {
        public var id: String?
        public var documentID: String? { id }
        public var type: [String]
        /// The IRI of the profile that owns the key.
        public var owner: String?
        /// The key as SubjectPublicKeyInfo PEM (`-----BEGIN PUBLIC KEY-----`).
        public var publicKeyPem: String?
        /// Properties this type does not define, kept in their original order.
        public var extensions: JSONObject

        public init(id: String?, owner: String?, publicKeyPem: String?, type: [String] = ["CryptographicKey"],
                    extensions: JSONObject = JSONObject()) {
            self.id = id
            self.type = type
            self.owner = owner
            self.publicKeyPem = publicKeyPem
            self.extensions = extensions
        }

        public init(json: JSON, at pointer: JSONPointer, warnings: inout [DecodingWarning]) throws(BadgeDecodingError) {
            var reader = try NodeReader(json, at: pointer, what: "a CryptographicKey object")
            id = try reader.string("id")
            type = try reader.types()
            if !type.isEmpty, !type.contains("CryptographicKey") {
                throw BadgeDecodingError(.missingTypeValue(expected: ["CryptographicKey"], found: type), at: reader.path("type"))
            }
            owner = try reader.string("owner")
            publicKeyPem = try reader.string("publicKeyPem")
            extensions = reader.unconsumed
        }

        public var json: JSON {
            var writer = ObjectWriter()
            writer.set("id", id)
            writer.set("type", oneOrMany: type.map(JSON.string))
            writer.set("owner", owner)
            writer.set("publicKeyPem", publicKeyPem)
            writer.append(extensions: extensions)
            return writer.json
        }
    }
}
