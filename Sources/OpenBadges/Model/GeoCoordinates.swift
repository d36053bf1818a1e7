/// A point on Earth, part of an `Address`.
public struct GeoCoordinates: OpenBadgesModel {
    public var latitude: Double
    public var longitude: Double
    /// Properties this type does not define, kept in their original order.
    public var extensions: JSONObject

    public init(latitude: Double, longitude: Double, extensions: JSONObject = JSONObject()) {
        self.latitude = latitude
        self.longitude = longitude
        self.extensions = extensions
    }

    public init(json: JSON, at pointer: JSONPointer, warnings: inout [DecodingWarning]) throws(BadgeDecodingError) {
        var reader = try ObjectReader(json, at: pointer, what: "a GeoCoordinates object")
        try reader.fixedType("GeoCoordinates")
        guard let latitude = try reader.number("latitude") else {
            throw BadgeDecodingError(.missingProperty, at: reader.path("latitude"))
        }
        guard let longitude = try reader.number("longitude") else {
            throw BadgeDecodingError(.missingProperty, at: reader.path("longitude"))
        }
        self.latitude = latitude
        self.longitude = longitude
        extensions = reader.unconsumed
    }

    public var json: JSON {
        var writer = ObjectWriter()
        writer.set("type", "GeoCoordinates")
        writer.set("latitude", latitude)
        writer.set("longitude", longitude)
        writer.append(extensions: extensions)
        return writer.json
    }
}
