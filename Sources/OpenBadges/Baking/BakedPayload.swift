/// What to bake into an image.
///
/// The payload is written as given (only white space around it is dropped): signed bytes are never
/// re-serialised. It is checked before
/// baking (JSON must parse with Laurel's strict parser and be an object; a JWS must have the compact shape;
/// a URL must be http(s)), so that an image is never baked with something an unbaker will refuse.
public enum BakedPayload: Sendable, Equatable {
    /// The UTF-8 JSON of a credential (OB 3.0 with an embedded proof) or an assertion (OB 2.0).
    case json([UInt8])
    /// A compact JWS: an OB 3.0 VC-JWT or a signed OB 2.0 assertion.
    case compactJWS(String)
    /// The URL of a hosted OB 2.0 assertion (SVG only: the PNG form of a bare URL predates OB 2.0).
    case url(String)

    /// Serialises `value` with Laurel's serializer.
    public init(json value: JSON) {
        self = .json(value.serialized())
    }

    /// Classifies text the way unbaking does: JSON when it starts with `{`, a compact JWS, or an http(s)
    /// URL. White space around the text is dropped.
    public init(classifying text: String) throws(BakingError) {
        let raw = Array(text.utf8)
        var start = 0
        var end = raw.count
        while start < end && XMLCharacters.isWhitespace(raw[start]) { start += 1 }
        while end > start && XMLCharacters.isWhitespace(raw[end - 1]) { end -= 1 }
        let bytes = Array(raw[start..<end])
        switch PayloadKind.classify(bytes) {
        case .json: self = .json(bytes)
        case .compactJWS: self = .compactJWS(String(decoding: bytes, as: UTF8.self))
        case .url: self = .url(String(decoding: bytes, as: UTF8.self))
        case nil:
            if bytes.isEmpty { throw BakingError(.emptyPayload) }
            throw BakingError(.unrecognizedPayload(preview: String(decoding: bytes.prefix(40), as: UTF8.self)))
        }
    }

    /// The kind an unbaker will report for this payload.
    public var kind: PayloadKind {
        switch self {
        case .json: .json
        case .compactJWS: .compactJWS
        case .url: .url
        }
    }

    /// The payload's UTF-8 bytes.
    public var bytes: [UInt8] {
        switch self {
        case .json(let bytes): bytes
        case .compactJWS(let text), .url(let text): Array(text.utf8)
        }
    }

    /// The payload ready to write: trimmed of surrounding white space (unbaking trims it too, and it is
    /// insignificant in JSON and never part of a JWS or URL), checked against its kind and the limits, and
    /// for JSON the parsed value, which OB 2.0 SVG baking reads the hosted URL from.
    func prepared(limits: BakingLimits) throws(BakingError) -> (bytes: [UInt8], json: JSON?) {
        let raw = self.bytes
        var start = 0
        var end = raw.count
        while start < end && XMLCharacters.isWhitespace(raw[start]) { start += 1 }
        while end > start && XMLCharacters.isWhitespace(raw[end - 1]) { end -= 1 }
        let bytes = start == 0 && end == raw.count ? raw : Array(raw[start..<end])
        guard !bytes.isEmpty else { throw BakingError(.emptyPayload) }
        guard bytes.count <= limits.maxPayloadBytes else {
            throw BakingError(.payloadTooLarge(size: bytes.count, limit: limits.maxPayloadBytes))
        }
        switch self {
        case .json:
            let value: JSON
            do {
                value = try JSON.parse(bytes, limits: JSONParser.Limits(maxBytes: limits.maxPayloadBytes))
            } catch {
                throw BakingError(.malformedJSON(error))
            }
            guard value.objectValue != nil else {
                throw BakingError(.invalidPayload(
                    "the JSON is a \(value.kindName), but a credential or assertion is an object"))
            }
            return (bytes, value)
        case .compactJWS:
            guard PayloadKind.isCompactJWS(bytes) else {
                throw BakingError(.invalidPayload("the text is not a compact JWS (three base64url parts joined by dots)"))
            }
            return (bytes, nil)
        case .url:
            guard PayloadKind.isHTTPURL(bytes) else {
                throw BakingError(.invalidPayload("the URL is not an absolute http(s) URL without spaces or quotes"))
            }
            return (bytes, nil)
        }
    }
}
