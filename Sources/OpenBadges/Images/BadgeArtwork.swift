/// The image Laurel draws for an achievement that has none: an SVG with the achievement's name and level
/// in the learner's language and script, and a PNG emblem without text. No network, no external service
/// and no fonts are involved; the same input always gives the same bytes.
///
/// ```swift
/// let artwork = BadgeArtwork(achievementID: "https://example.org/achievements/partnership",
///                            name: "بناء الشراكات", level: "ممتاز", levelID: "excellent", language: "ar")
/// let svg = artwork.svg()          // about 2 KB of UTF-8 XML, right-to-left text
/// let png = artwork.png(size: 256) // about 6 KB
/// let baked = try Baker.bake(image: png, payload: .compactJWS(vcJWT), version: .ob3)
/// ```
///
/// The look (frame shape, colours) comes from the achievement's id, so every learner's badge for one
/// achievement looks the same and different achievements look different; the level adds an accent colour,
/// a ring of dots and, in the PNG, the centre motif. The PNG depends only on the id and the level key
/// (``levelID``, or the level text when there is none), so callers can cache one per achievement level.
public struct BadgeArtwork: Sendable, Hashable {
    /// The achievement's id (an IRI). It decides the design; it is never shown.
    public var achievementID: String
    /// The achievement's name, in the learner's language: any length, any script. It is cleaned for XML
    /// (characters XML 1.0 forbids and bidirectional embedding controls removed, white space collapsed),
    /// wrapped into at most three lines, shrunk to fit and, past that, cut with an ellipsis.
    public var name: String
    /// The level reached (for example "Excellent" or "ممتاز"), shown on a ribbon; nil for none.
    public var level: String?
    /// A stable key for the level (a rubric level's id) that does not change with the language. The design
    /// uses it instead of ``level`` when given, so that every translation of a level shares one image.
    public var levelID: String?
    /// The BCP 47 language tag of ``name`` and ``level`` ("en", "es-419", "ar", "he", "zh-Hans").
    /// It becomes `xml:lang` and decides right-to-left layout; when missing or unusable, the direction
    /// follows the first strongly directional character of the name.
    public var language: String?

    public init(achievementID: String, name: String, level: String? = nil, levelID: String? = nil,
                language: String? = nil) {
        self.achievementID = achievementID
        self.name = name
        self.level = level
        self.levelID = levelID
        self.language = language
    }

    /// PNG sizes are clamped to this range: every request yields a valid image, and none can ask for an
    /// unbounded allocation (1024 × 1024 is 1 MiB of palette indices).
    public static let pngSizeRange: ClosedRange<Int> = 16...1024

    /// How the PNG stores its pixels.
    public enum PNGColorType: Sendable, Hashable {
        /// 8-bit palette with transparency (colour type 3): the smallest file, the default.
        case indexed
        /// 8-bit RGBA (colour type 6), for consumers that process pixels.
        case rgba
    }

    var design: BadgeDesign { BadgeDesign(achievementID: achievementID, levelKey: levelID ?? level) }

    /// The badge as an SVG document (UTF-8), with the name and level as text: about 1.3 to 2.5 KB, at most a few
    /// KB more for the longest names (the title carries up to 300 characters of the name).
    public func svg() -> [UInt8] { BadgeSVG.write(self) }

    /// The emblem as a PNG of `size` × `size` pixels (clamped to ``pngSizeRange``).
    ///
    /// With `.indexed`, an image whose anti-aliasing needs more than 256 colours (which the designs do not
    /// produce) falls back to RGBA rather than losing colours.
    public func png(size: Int = 256, colorType: PNGColorType = .indexed) -> [UInt8] {
        let size = Self.clampedSize(size)
        let design = design
        let canvas = EmblemRasterizer.render(design.frame + design.motif, size: size)
        if colorType == .indexed, let (indices, palette) = canvas.indexed(palette: design.palette) {
            return PNGEncoder.indexed(width: size, height: size, indices: indices, palette: palette)
        }
        return PNGEncoder.rgba(width: size, height: size, pixels: canvas.rgba(palette: design.palette))
    }

    /// The pixels of ``png(size:colorType:)``, for display or further processing.
    public func raster(size: Int = 256) -> BadgeRaster {
        let size = Self.clampedSize(size)
        let design = design
        let canvas = EmblemRasterizer.render(design.frame + design.motif, size: size)
        return BadgeRaster(width: size, height: size, rgba: canvas.rgba(palette: design.palette))
    }

    private static func clampedSize(_ size: Int) -> Int {
        min(pngSizeRange.upperBound, max(pngSizeRange.lowerBound, size))
    }
}
