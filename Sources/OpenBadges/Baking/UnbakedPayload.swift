/// What unbaking an image found: a payload, or the news that the image carries none.
///
/// "Not baked" is a result and not an error, so a caller can tell an ordinary image apart from a damaged
/// one (which throws a ``BakingError``).
public enum UnbakeResult: Sendable, Equatable {
    /// The image carries exactly one credential.
    case baked(UnbakedPayload)
    /// The image is well formed and carries no credential.
    case notBaked(ImageFormat)

    /// The payload, or nil when the image is not baked.
    public var payload: UnbakedPayload? {
        if case .baked(let payload) = self { payload } else { nil }
    }
}

/// A credential payload taken out of a baked image, with where it came from and what kind it is.
public struct UnbakedPayload: Sendable, Equatable {
    /// The format of the image it came from.
    public let format: ImageFormat
    /// The baking rules the container follows: `ob3` for an `openbadgecredential` chunk or an
    /// `<openbadges:credential>` element, `ob2` for an `openbadges` chunk (`iTXt`, or legacy `tEXt`) or an
    /// `<openbadges:assertion>` element. This names the container, not the credential inside it.
    public let version: Baker.Version
    /// Where the payload was found.
    public let location: PayloadLocation
    /// JSON, compact JWS or URL, judged from the payload's shape; nothing has been parsed or verified.
    public let kind: PayloadKind
    /// The payload as UTF-8, without the white space around it (insignificant in JSON and never part of a
    /// JWS or URL). From SVG, references and XML line-end normalisation have been applied.
    public let bytes: [UInt8]
    /// The SVG element's `verify` attribute (references decoded) when it has one, even when the payload
    /// is the body: an OB 2.0 element carries both the hosted-assertion URL and the assertion JSON.
    /// Always nil for PNG.
    public let verifyAttribute: String?

    public init(
        format: ImageFormat, version: Baker.Version, location: PayloadLocation, kind: PayloadKind,
        bytes: [UInt8], verifyAttribute: String? = nil
    ) {
        self.format = format
        self.version = version
        self.location = location
        self.kind = kind
        self.bytes = bytes
        self.verifyAttribute = verifyAttribute
    }

    /// The payload as text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Parses a JSON payload with Laurel's strict parser. A payload that does not parse (for example the
    /// unquoted keys of a hand-edited assertion) throws ``BakingError/Reason/malformedJSON(_:)``, naming
    /// both the place in the payload and where the payload sits in the image.
    public func json(limits: JSONParser.Limits = .default) throws(BakingError) -> JSON {
        guard kind == .json else { throw BakingError(.notJSON(kind), at: .payload(location)) }
        do {
            return try JSON.parse(bytes, limits: limits)
        } catch {
            throw BakingError(.malformedJSON(error), at: .payload(location))
        }
    }

    /// The same payload, ready to bake into another image.
    public var bakedPayload: BakedPayload {
        switch kind {
        case .json: .json(bytes)
        case .compactJWS: .compactJWS(text)
        case .url: .url(text)
        }
    }
}
