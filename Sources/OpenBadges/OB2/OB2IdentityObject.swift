extension OB2 {
    /// The recipient of an assertion: a property of the recipient's profile (`email`, `url`,
    /// `telephone`, or `id`) and its value, in plain text or as a salted `IdentityHash`.
    public struct IdentityObject: OpenBadgesModel {
        /// The profile property the identity is a value of, as a term of the OB 2.0 context (`email`) or
        /// the IRI the document used.
        public var type: String
        /// The value, or its `sha256$…` / `md5$…` hash when `hashed`.
        public var identity: String
        public var hashed: Bool
        /// The salt of the hash; absent means unsalted.
        public var salt: String?
        /// Properties this type does not define, kept in their original order.
        public var extensions: JSONObject

        public init(type: String, identity: String, hashed: Bool, salt: String? = nil, extensions: JSONObject = JSONObject()) {
            self.type = type
            self.identity = identity
            self.hashed = hashed
            self.salt = salt
            self.extensions = extensions
        }

        public init(json: JSON, at pointer: JSONPointer, warnings: inout [DecodingWarning]) throws(BadgeDecodingError) {
            var reader = try NodeReader(json, at: pointer, what: "an IdentityObject (the recipient)")
            let types = try reader.strings("type")
            guard let first = types.first else { throw BadgeDecodingError(.missingProperty, at: reader.path("type")) }
            guard types.count == 1 else { throw BadgeDecodingError(.tooManyValues(count: types.count), at: reader.path("type")) }
            type = Self.propertyName(first)
            identity = try reader.requiredString("identity")
            guard let hashed = try reader.bool("hashed") else { throw BadgeDecodingError(.missingProperty, at: reader.path("hashed")) }
            self.hashed = hashed
            salt = try reader.string("salt")
            extensions = reader.unconsumed
            if hashed {
                do { _ = try IdentityHash(identity) } catch {
                    throw BadgeDecodingError(.invalidValue(error.description), at: reader.path("identity"))
                }
            }
        }

        /// `email`, `url`, `telephone` or `id` for any spelling of those properties; other values as written.
        static func propertyName(_ value: String) -> String {
            let vocabulary = Vocabulary.shared
            if value == "id" || value == "@id" { return "id" }
            guard let iri = vocabulary.expand(value) else { return value }
            for name in ["email", "url", "telephone"] where vocabulary.iri(of: name).map(iri.isByteEqual(to:)) == true {
                return name
            }
            // Profile identifier properties are schema.org properties; accept the https spelling too.
            for name in ["email", "url", "telephone"] where iri.isByteEqual(to: "https://schema.org/" + name) { return name }
            return value
        }

        /// Whether the identity designates `recipient`: same kind of identifier, and the plain value is
        /// the same bytes or the salted hash matches. A malformed hash matches nothing.
        public func matches(_ recipient: ExpectedRecipient) -> Bool {
            guard type.isByteEqual(to: recipient.property) else { return false }
            guard hashed else { return identity.isByteEqual(to: recipient.value) }
            guard let hash = try? IdentityHash(identity) else { return false }
            return hash.matches(identifier: recipient.value, salt: salt)
        }

        public var json: JSON {
            var writer = ObjectWriter()
            writer.set("type", type)
            writer.set("identity", identity)
            writer.set("hashed", hashed)
            writer.set("salt", salt)
            writer.append(extensions: extensions)
            return writer.json
        }
    }
}
