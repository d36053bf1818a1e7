/// A person or organization: the issuer of a credential, the creator of an achievement, the source that
/// assessed a learner, an endorser.
public struct Profile: OpenBadgesModel {
    /// The profile's URI (an HTTPS URL or a DID).
    public var id: String
    /// The `type` values, which include "Profile" (checked when decoding; kept in order).
    public var type: [String]
    public var name: String?
    public var description: String?
    /// The homepage or social-media profile.
    public var url: String?
    public var email: String?
    public var phone: String?
    public var image: Image?
    public var address: Address?
    public var otherIdentifier: [IdentifierEntry]
    /// For an organization, the name of an authorized official.
    public var official: String?
    /// Endorsements signed with a Data Integrity proof (see `EmbeddedEndorsement`).
    public var endorsement: [EmbeddedEndorsement]
    /// Endorsements as compact JWS (VC-JWT).
    public var endorsementJwt: [String]
    public var familyName: String?
    public var givenName: String?
    public var additionalName: String?
    public var patronymicName: String?
    public var honorificPrefix: String?
    public var honorificSuffix: String?
    public var familyNamePrefix: String?
    /// The person's birth date as written (`YYYY-MM-DD`).
    public var dateOfBirth: String?
    /// Properties this type does not define, kept in their original order.
    public var extensions: JSONObject

    // A profile can contain its parent organization, a profile: stored indirectly.
    private var parentOrgStorage: Indirect<Profile>?

    /// The parent organization of the entity.
    public var parentOrg: Profile? {
        get { parentOrgStorage?.value }
        set { parentOrgStorage = newValue.map(Indirect.init) }
    }

    public init(id: String, name: String? = nil, description: String? = nil, url: String? = nil,
                email: String? = nil, phone: String? = nil, image: Image? = nil, address: Address? = nil,
                otherIdentifier: [IdentifierEntry] = [], official: String? = nil, parentOrg: Profile? = nil,
                endorsement: [EmbeddedEndorsement] = [], endorsementJwt: [String] = [],
                type: [String] = ["Profile"], extensions: JSONObject = JSONObject()) {
        self.id = id
        self.type = type
        self.name = name
        self.description = description
        self.url = url
        self.email = email
        self.phone = phone
        self.image = image
        self.address = address
        self.otherIdentifier = otherIdentifier
        self.official = official
        self.parentOrgStorage = parentOrg.map(Indirect.init)
        self.endorsement = endorsement
        self.endorsementJwt = endorsementJwt
        self.extensions = extensions
    }

    public init(json: JSON, at pointer: JSONPointer, warnings: inout [DecodingWarning]) throws(BadgeDecodingError) {
        var reader = try ObjectReader(json, at: pointer, what: "a Profile object")
        id = try reader.requiredString("id")
        type = try reader.types(requiring: ["Profile"])
        name = try reader.string("name")
        description = try reader.string("description")
        url = try reader.string("url")
        email = try reader.string("email")
        phone = try reader.string("phone")
        image = try reader.one("image") { (value, place) throws(BadgeDecodingError) in
            try Image(json: value, at: place, warnings: &warnings)
        }
        address = try reader.one("address") { (value, place) throws(BadgeDecodingError) in
            try Address(json: value, at: place, warnings: &warnings)
        }
        otherIdentifier = try reader.many("otherIdentifier") { (value, place) throws(BadgeDecodingError) in
            try IdentifierEntry(json: value, at: place, warnings: &warnings)
        }
        official = try reader.string("official")
        parentOrgStorage = try reader.one("parentOrg") { (value, place) throws(BadgeDecodingError) in
            Indirect(try Profile(json: value, at: place, warnings: &warnings))
        }
        endorsement = try reader.many("endorsement") { (value, place) throws(BadgeDecodingError) in
            EmbeddedEndorsement(json: value, at: place, warnings: &warnings)
        }
        endorsementJwt = try reader.strings("endorsementJwt")
        familyName = try reader.string("familyName")
        givenName = try reader.string("givenName")
        additionalName = try reader.string("additionalName")
        patronymicName = try reader.string("patronymicName")
        honorificPrefix = try reader.string("honorificPrefix")
        honorificSuffix = try reader.string("honorificSuffix")
        familyNamePrefix = try reader.string("familyNamePrefix")
        dateOfBirth = try reader.string("dateOfBirth")
        extensions = reader.unconsumed
    }

    public var json: JSON {
        var writer = ObjectWriter()
        writer.set("id", id)
        writer.set("type", strings: type)
        writer.set("name", name)
        writer.set("description", description)
        writer.set("url", url)
        writer.set("email", email)
        writer.set("phone", phone)
        writer.set("image", image?.json)
        writer.set("address", address?.json)
        writer.set("otherIdentifier", array: otherIdentifier.map(\.json))
        writer.set("official", official)
        writer.set("parentOrg", parentOrg?.json)
        writer.set("endorsement", array: endorsement.map(\.json))
        writer.set("endorsementJwt", strings: endorsementJwt)
        writer.set("familyName", familyName)
        writer.set("givenName", givenName)
        writer.set("additionalName", additionalName)
        writer.set("patronymicName", patronymicName)
        writer.set("honorificPrefix", honorificPrefix)
        writer.set("honorificSuffix", honorificSuffix)
        writer.set("familyNamePrefix", familyNamePrefix)
        writer.set("dateOfBirth", dateOfBirth)
        writer.append(extensions: extensions)
        return writer.json
    }
}
