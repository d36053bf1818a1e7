/// Takes the credential out of a baked PNG or SVG image.
///
/// ```swift
/// switch try Unbaker.unbake(imageBytes) {
/// case .baked(let payload):   // payload.kind: .json, .compactJWS or .url; payload.location says where
/// case .notBaked(let format): // an ordinary image
/// }
/// ```
///
/// The format is recognised from the content. Three outcomes are kept apart: a payload; `.notBaked` for a
/// well-formed image without a credential; a thrown ``BakingError`` for a damaged or hostile image (bad
/// CRC, truncation, two credentials, a compressed credential chunk, an SVG that declares entities,
/// limits exceeded), each naming what is wrong and where.
///
/// Unbaking only extracts: it classifies the payload by shape and copies it, but parses nothing, so that
/// the cost of unbaking a PNG is essentially the CRC of its bytes. Parse a JSON payload with
/// ``UnbakedPayload/json(limits:)``, which reports malformed JSON (such as the unquoted keys of a
/// hand-edited assertion) with its position in the payload and in the image.
public enum Unbaker {
    public static func unbake(_ image: [UInt8], limits: BakingLimits = .default) throws(BakingError) -> UnbakeResult {
        guard image.count <= limits.maxImageBytes else {
            throw BakingError(.imageTooLarge(size: image.count, limit: limits.maxImageBytes))
        }
        switch try ImageFormat.detect(image) {
        case .png: return try PNGBaking.unbake(image, limits: limits)
        case .svg: return try SVGBaking.unbake(image, limits: limits)
        }
    }
}
