extension OB2 {
    /// An awarded badge: who received which badge class, when, and how to verify it.
    ///
    /// A hosted assertion is published at its `id`; a signed one travels as a JWS whose payload is this
    /// document. `uid` and the other OB 1.x leftovers are kept in `extensions` when present.
    public struct Assertion: OpenBadgesModel, OB2Identified {
        public var id: String
        public var type: [String]
        public var recipient: IdentityObject
        /// The badge class: its IRI or the badge class itself.
        public var badge: Linked<BadgeClass>
        public var verification: VerificationObject
        public var issuedOn: DateTime
        /// The baked image of this assertion (the badge class holds the unbaked one).
        public var image: Image?
        public var evidence: [Evidence]
        public var narrative: String?
        public var expires: DateTime?
        /// `true` when the issuer has revoked the assertion (a hosted assertion may say so itself).
        public var revoked: Bool?
        public var revocationReason: String?
        public var endorsement: [Linked<Endorsement>]
        /// Properties this type does not define, kept in their original order.
        public var extensions: JSONObject

        public var documentID: String? { id }

        public init(id: String, recipient: IdentityObject, badge: Linked<BadgeClass>, verification: VerificationObject,
                    issuedOn: DateTime, image: Image? = nil, evidence: [Evidence] = [], expires: DateTime? = nil,
                    type: [String] = ["Assertion"], extensions: JSONObject = JSONObject()) {
            self.id = id
            self.type = type
            self.recipient = recipient
            self.badge = badge
            self.verification = verification
            self.issuedOn = issuedOn
            self.image = image
            self.evidence = evidence
            self.expires = expires
            self.endorsement = []
            self.extensions = extensions
        }

        public init(json: JSON, at pointer: JSONPointer, warnings: inout [DecodingWarning]) throws(BadgeDecodingError) {
            var reader = try NodeReader(json, at: pointer, what: "an Assertion object")
            id = try reader.requiredString("id")
            type = try reader.types(requiring: ["Assertion"])
            recipient = try reader.requiredOne("recipient") { (value, place) throws(BadgeDecodingError) in
                try IdentityObject(json: value, at: place, warnings: &warnings)
            }
            badge = try reader.requiredOne("badge") { (value, place) throws(BadgeDecodingError) in
                try Linked<BadgeClass>(json: value, at: place, warnings: &warnings)
            }
            verification = try reader.requiredOne("verification") { (value, place) throws(BadgeDecodingError) in
                try VerificationObject(json: value, at: place, warnings: &warnings)
            }
            issuedOn = try reader.requiredDateTime("issuedOn", warnings: &warnings)
            image = try reader.one("image") { (value, place) throws(BadgeDecodingError) in
                try Image(json: value, at: place, warnings: &warnings)
            }
            evidence = try reader.many("evidence") { (value, place) throws(BadgeDecodingError) in
                try Evidence(json: value, at: place, warnings: &warnings)
            }
            narrative = try reader.string("narrative")
            expires = try reader.dateTime("expires", warnings: &warnings)
            revoked = try reader.bool("revoked")
            revocationReason = try reader.string("revocationReason")
            endorsement = try reader.many("endorsement") { (value, place) throws(BadgeDecodingError) in
                try Linked<Endorsement>(json: value, at: place, warnings: &warnings)
            }
            extensions = reader.unconsumed
        }

        public var json: JSON {
            var writer = ObjectWriter()
            writer.set("id", id)
            writer.set("type", oneOrMany: type.map(JSON.string))
            writer.set("recipient", recipient.json)
            writer.set("badge", badge.json)
            writer.set("verification", verification.json)
            writer.set("issuedOn", .string(issuedOn.text))
            writer.set("image", image?.json)
            writer.set("evidence", oneOrMany: evidence.map(\.json))
            writer.set("narrative", narrative)
            writer.set("expires", expires.map { JSON.string($0.text) })
            writer.set("revoked", revoked)
            writer.set("revocationReason", revocationReason)
            writer.set("endorsement", oneOrMany: endorsement.map(\.json))
            writer.append(extensions: extensions)
            return writer.json
        }
    }
}
