/// A postal address of a profile.
public struct Address: OpenBadgesModel {
    /// The `type` values, which include "Address" (checked when decoding; kept in order).
    public var type: [String]
    public var addressCountry: String?
    /// ISO 3166-1 alpha-2 country code.
    public var addressCountryCode: String?
    public var addressRegion: String?
    public var addressLocality: String?
    public var streetAddress: String?
    public var postOfficeBoxNumber: String?
    public var postalCode: String?
    public var geo: GeoCoordinates?
    /// Properties this type does not define, kept in their original order.
    public var extensions: JSONObject

    public init(addressCountry: String? = nil, addressCountryCode: String? = nil, addressRegion: String? = nil,
                addressLocality: String? = nil, streetAddress: String? = nil, postOfficeBoxNumber: String? = nil,
                postalCode: String? = nil, geo: GeoCoordinates? = nil, type: [String] = ["Address"],
                extensions: JSONObject = JSONObject()) {
        self.type = type
        self.addressCountry = addressCountry
        self.addressCountryCode = addressCountryCode
        self.addressRegion = addressRegion
        self.addressLocality = addressLocality
        self.streetAddress = streetAddress
        self.postOfficeBoxNumber = postOfficeBoxNumber
        self.postalCode = postalCode
        self.geo = geo
        self.extensions = extensions
    }

    public init(json: JSON, at pointer: JSONPointer, warnings: inout [DecodingWarning]) throws(BadgeDecodingError) {
        var reader = try ObjectReader(json, at: pointer, what: "an Address object")
        type = try reader.types(requiring: ["Address"])
        addressCountry = try reader.string("addressCountry")
        addressCountryCode = try reader.string("addressCountryCode")
        addressRegion = try reader.string("addressRegion")
        addressLocality = try reader.string("addressLocality")
        streetAddress = try reader.string("streetAddress")
        postOfficeBoxNumber = try reader.string("postOfficeBoxNumber")
        postalCode = try reader.string("postalCode")
        geo = try reader.one("geo") { (value, place) throws(BadgeDecodingError) in
            try GeoCoordinates(json: value, at: place, warnings: &warnings)
        }
        extensions = reader.unconsumed
    }

    public var json: JSON {
        var writer = ObjectWriter()
        writer.set("type", strings: type)
        writer.set("addressCountry", addressCountry)
        writer.set("addressCountryCode", addressCountryCode)
        writer.set("addressRegion", addressRegion)
        writer.set("addressLocality", addressLocality)
        writer.set("streetAddress", streetAddress)
        writer.set("postOfficeBoxNumber", postOfficeBoxNumber)
        writer.set("postalCode", postalCode)
        writer.set("geo", geo?.json)
        writer.append(extensions: extensions)
        return writer.json
    }
}
