/// Bounds on the work baking and unbaking may do for one image.
///
/// Images arrive from anywhere (an upload, an e-mail attachment, a web page), so every size, count and
/// depth the readers meet is capped; exceeding a cap is an error naming the cap, never a crash or an
/// unbounded allocation. The defaults are far above any real badge image.
public struct BakingLimits: Sendable, Equatable {
    /// Largest image accepted, in bytes (PNG or SVG).
    public var maxImageBytes: Int
    /// Most chunks a PNG may have (IEND included).
    public var maxChunkCount: Int
    /// Largest credential payload accepted or produced, in bytes of UTF-8.
    public var maxPayloadBytes: Int
    /// Deepest element nesting accepted in an SVG.
    public var maxSVGDepth: Int
    /// Most attributes accepted on one SVG element.
    public var maxSVGAttributes: Int

    public init(
        maxImageBytes: Int = 32 << 20,
        maxChunkCount: Int = 100_000,
        maxPayloadBytes: Int = 8 << 20,
        maxSVGDepth: Int = 256,
        maxSVGAttributes: Int = 4_096
    ) {
        self.maxImageBytes = maxImageBytes
        self.maxChunkCount = maxChunkCount
        self.maxPayloadBytes = maxPayloadBytes
        self.maxSVGDepth = maxSVGDepth
        self.maxSVGAttributes = maxSVGAttributes
    }

    /// 32 MiB images, 100,000 PNG chunks, 8 MiB payloads (the JSON parser's own default), SVG nesting of
    /// 256 levels and 4,096 attributes per element.
    public static let `default` = BakingLimits()
}
