/// An image of a credential, achievement or profile: its URI (often a `data:` URI) and a caption.
///
/// Compacted JSON-LD may give an image as a bare IRI; that is read as an `Image` with only an `id`
/// (with a warning, since the OB 3.0 schema wants the object) and written back as an object.
public struct Image: OpenBadgesModel {
    /// The URI or data URI of the image.
    public var id: String
    public var caption: String?
    /// Properties this type does not define, kept in their original order.
    public var extensions: JSONObject

    public init(id: String, caption: String? = nil, extensions: JSONObject = JSONObject()) {
        self.id = id
        self.caption = caption
        self.extensions = extensions
    }

    public init(json: JSON, at pointer: JSONPointer, warnings: inout [DecodingWarning]) throws(BadgeDecodingError) {
        if case .string(let iri) = json {
            warnings.append(DecodingWarning(.imageAsIRI, at: pointer))
            self.init(id: iri)
            return
        }
        var reader = try ObjectReader(json, at: pointer, what: "an image IRI or an Image object")
        // The type may be left out (the object then means what the bare IRI means); if present it must
        // be "Image".
        if reader.contains("type") { try reader.fixedType("Image") }
        self.init(id: try reader.requiredString("id"), caption: try reader.string("caption"),
                  extensions: reader.unconsumed)
    }

    public var json: JSON {
        var writer = ObjectWriter()
        writer.set("id", id)
        writer.set("type", "Image")
        writer.set("caption", caption)
        writer.append(extensions: extensions)
        return writer.json
    }
}
