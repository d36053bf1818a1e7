/// Bakes Open Badges credentials into PNG and SVG images.
///
/// ```swift
/// let png = try Baker.bake(image: artwork, payload: .compactJWS(vcJWT), version: .ob3)
/// let svg = try Baker.bake(image: svgArtwork, payload: BakedPayload(json: credential), version: .ob3)
/// ```
///
/// The format is recognised from the content. A credential already in the image (of either version) is
/// replaced, never duplicated; every other byte of the image is kept: a PNG keeps all its other chunks
/// in order and gets one uncompressed `iTXt` chunk before IEND; an SVG keeps its text and gets a namespace
/// declaration on the root (when missing) and the credential element right after the root start tag.
/// The image is checked as thoroughly as when unbaking (CRCs, structure, limits) so that a damaged image
/// is never silently passed on.
public enum Baker {
    /// Bakes `payload` into `image` following the baking rules of `version`.
    ///
    /// Not every combination exists: OB 3.0 has no hosted (URL) form, and a bare URL in a PNG is the
    /// pre-2.0 `tEXt` form, which Laurel reads but does not write. An OB 2.0 assertion baked as JSON into
    /// an SVG needs a hosted URL for the `verify` attribute, taken from the assertion's `id` (or `verify.url`).
    public static func bake(
        image: [UInt8], payload: BakedPayload, version: Version, limits: BakingLimits = .default
    ) throws(BakingError) -> [UInt8] {
        switch try ImageFormat.detect(image) {
        case .png: try PNGBaking.bake(image, payload: payload, version: version, limits: limits)
        case .svg: try SVGBaking.bake(image, payload: payload, version: version, limits: limits)
        }
    }

    /// Bakes text, classified as JSON, a compact JWS or an http(s) URL (see ``BakedPayload/init(classifying:)``).
    public static func bake(
        image: [UInt8], payload: String, version: Version, limits: BakingLimits = .default
    ) throws(BakingError) -> [UInt8] {
        try bake(image: image, payload: BakedPayload(classifying: payload), version: version, limits: limits)
    }

    /// `image` without its credential: PNG credential chunks (`iTXt`/`zTXt` `openbadges` and
    /// `openbadgecredential`, legacy `tEXt` `openbadges`) or SVG credential elements are removed; all
    /// else is unchanged, including an SVG's `xmlns:openbadges` declaration.
    public static func removingCredential(
        from image: [UInt8], limits: BakingLimits = .default
    ) throws(BakingError) -> [UInt8] {
        switch try ImageFormat.detect(image) {
        case .png: try PNGBaking.removingCredential(image, limits: limits)
        case .svg: try SVGBaking.removingCredential(image, limits: limits)
        }
    }
}
