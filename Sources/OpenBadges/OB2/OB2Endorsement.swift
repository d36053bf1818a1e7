extension OB2 {
    /// A claim a third party makes about a profile, badge class or assertion (`claim.id`), with an
    /// optional comment. Verified like an assertion, through its own `verification`.
    public struct Endorsement: OpenBadgesModel, OB2Identified {
        public var id: String
        public var type: [String]
        /// The endorsed entity and what the endorser says about it; `claim["id"]` names the entity.
        public var claim: JSONObject
        public var issuer: Linked<Profile>
        public var issuedOn: DateTime?
        public var verification: VerificationObject?
        public var revoked: Bool?
        public var revocationReason: String?
        /// Properties this type does not define, kept in their original order.
        public var extensions: JSONObject

        public var documentID: String? { id }

        /// The IRI of the endorsed entity.
        public var claimID: String? { claim["id"]?.stringValue }

        /// The endorser's comment, when there is one.
        public var endorsementComment: String? { claim["endorsementComment"]?.stringValue }

        public init(json: JSON, at pointer: JSONPointer, warnings: inout [DecodingWarning]) throws(BadgeDecodingError) {
            var reader = try NodeReader(json, at: pointer, what: "an Endorsement object")
            id = try reader.requiredString("id")
            type = try reader.types(requiring: ["Endorsement"])
            revoked = try reader.bool("revoked")
            revocationReason = try reader.string("revocationReason")
            let claimValue = try reader.required("claim")
            guard case .object(let claim) = claimValue else {
                throw BadgeDecodingError(.wrongKind(expected: "a claim object with an id", found: claimValue.kindName), at: reader.path("claim"))
            }
            guard claim["id"]?.stringValue != nil else {
                throw BadgeDecodingError(.missingProperty, at: reader.path("claim").appending("id"))
            }
            self.claim = claim
            issuer = try reader.requiredOne("issuer") { (value, place) throws(BadgeDecodingError) in
                try Linked<Profile>(json: value, at: place, warnings: &warnings)
            }
            issuedOn = try reader.dateTime("issuedOn", warnings: &warnings)
            verification = try reader.one("verification") { (value, place) throws(BadgeDecodingError) in
                try VerificationObject(json: value, at: place, warnings: &warnings)
            }
            extensions = reader.unconsumed
        }

        public var json: JSON {
            var writer = ObjectWriter()
            writer.set("id", id)
            writer.set("type", oneOrMany: type.map(JSON.string))
            writer.set("claim", .object(claim))
            writer.set("issuer", issuer.json)
            writer.set("issuedOn", issuedOn)
            writer.set("verification", verification?.json)
            writer.set("revoked", revoked)
            writer.set("revocationReason", revocationReason)
            writer.append(extensions: extensions)
            return writer.json
        }
    }
}
