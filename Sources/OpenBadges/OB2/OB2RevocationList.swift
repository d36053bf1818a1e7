extension OB2 {
    /// The list of signed assertions an issuer has revoked, published at the URL its profile names in
    /// `revocationList`.
    public struct RevocationList: OpenBadgesModel, OB2Identified {
        public var id: String?
        public var documentID: String? { id }
        public var type: [String]
        /// The IRI of the issuer profile, when the list names it.
        public var issuer: String?
        public var revokedAssertions: [RevokedAssertion]
        /// Properties this type does not define, kept in their original order.
        public var extensions: JSONObject

        public init(id: String?, issuer: String? = nil, revokedAssertions: [RevokedAssertion], type: [String] = ["RevocationList"],
                    extensions: JSONObject = JSONObject()) {
            self.id = id
            self.type = type
            self.issuer = issuer
            self.revokedAssertions = revokedAssertions
            self.extensions = extensions
        }

        public init(json: JSON, at pointer: JSONPointer, warnings: inout [DecodingWarning]) throws(BadgeDecodingError) {
            var reader = try NodeReader(json, at: pointer, what: "a RevocationList object")
            id = try reader.string("id")
            type = try reader.types(requiring: ["RevocationList"])
            issuer = try reader.string("issuer")
            guard reader.contains("revokedAssertions") else {
                throw BadgeDecodingError(.missingProperty, at: reader.path("revokedAssertions"))
            }
            revokedAssertions = try reader.many("revokedAssertions") { (value, place) throws(BadgeDecodingError) in
                try RevokedAssertion(json: value, at: place, warnings: &warnings)
            }
            extensions = reader.unconsumed
        }

        /// The entry revoking the assertion with this `id` (or, for OB 1.x badges without one, this
        /// `uid`), if any. Identifiers compare byte for byte.
        public func entry(forAssertion id: String?, uid: String? = nil) -> RevokedAssertion? {
            revokedAssertions.first { entry in
                guard entry.revoked else { return false }
                if let id, let entryID = entry.id, entryID.isByteEqual(to: id) { return true }
                if let uid, let entryUID = entry.uid, entryUID.isByteEqual(to: uid) { return true }
                return false
            }
        }

        public var json: JSON {
            var writer = ObjectWriter()
            writer.set("id", id)
            writer.set("type", oneOrMany: type.map(JSON.string))
            writer.set("issuer", issuer)
            writer.set("revokedAssertions", array: revokedAssertions.map(\.json))
            writer.append(extensions: extensions)
            return writer.json
        }
    }

    /// One entry of a revocation list: the revoked assertion's `id` (or legacy `uid`) and, optionally,
    /// the reason. An entry given as a bare string is an `id`.
    public struct RevokedAssertion: OpenBadgesModel, OB2Identified {
        public var id: String?
        public var documentID: String? { id }
        public var uid: String?
        public var revocationReason: String?
        /// `true` unless the entry says `"revoked": false`.
        public var revoked: Bool
        /// True when the list gave the entry as a bare string.
        public var isBareIRI: Bool
        /// Properties this type does not define, kept in their original order.
        public var extensions: JSONObject

        public init(id: String?, uid: String? = nil, revocationReason: String? = nil, revoked: Bool = true,
                    extensions: JSONObject = JSONObject()) {
            self.id = id
            self.uid = uid
            self.revocationReason = revocationReason
            self.revoked = revoked
            self.isBareIRI = false
            self.extensions = extensions
        }

        public init(json: JSON, at pointer: JSONPointer, warnings: inout [DecodingWarning]) throws(BadgeDecodingError) {
            if case .string(let iri) = json {
                self.init(id: iri)
                isBareIRI = true
                return
            }
            var reader = try NodeReader(json, at: pointer, what: "a revoked assertion (an id string or an object with an id)")
            let id = try reader.string("id")
            let uid = try reader.string("uid")
            guard id != nil || uid != nil else { throw BadgeDecodingError(.missingProperty, at: reader.path("id")) }
            let reason = try reader.string("revocationReason")
            let revoked = try reader.bool("revoked") ?? true
            self.init(id: id, uid: uid, revocationReason: reason, revoked: revoked, extensions: reader.unconsumed)
        }

        public var json: JSON {
            if isBareIRI, let id { return .string(id) }
            var writer = ObjectWriter()
            writer.set("id", id)
            writer.set("uid", uid)
            writer.set("revocationReason", revocationReason)
            if !revoked { writer.set("revoked", false) }
            writer.append(extensions: extensions)
            return writer.json
        }
    }
}
