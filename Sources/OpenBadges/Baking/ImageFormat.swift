/// The two image formats Open Badges can be baked into.
public enum ImageFormat: String, Sendable, Equatable, CustomStringConvertible {
    case png
    case svg

    public var description: String { rawValue.uppercased() }

    /// The eight bytes every PNG datastream starts with (PNG specification, section 5.2).
    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// Recognises the format from the content, never from a file name, which a sender controls.
    ///
    /// A PNG is recognised by its signature, or by the `\u{89}PNG` prefix when the rest of the signature has
    /// been mangled (a file sent as text, whose line endings were converted), so that the PNG reader can
    /// say what is wrong. Anything whose first significant character is `<` (after an optional UTF-8
    /// byte-order mark and white space) is treated as SVG, and the SVG reader decides whether it is one.
    static func detect(_ image: [UInt8]) throws(BakingError) -> ImageFormat {
        if image.isEmpty { throw BakingError(.emptyImage) }
        if image.count >= 4 && image[0] == 0x89 && image[1] == 0x50 && image[2] == 0x4E && image[3] == 0x47 {
            return .png
        }
        if image.count >= 2 && image[0] == 0x1F && image[1] == 0x8B {
            throw BakingError(.compressedSVG, at: .byteOffset(0))
        }
        if image.count >= 2 && ((image[0] == 0xFE && image[1] == 0xFF) || (image[0] == 0xFF && image[1] == 0xFE)) {
            throw BakingError(.svgUnsupportedEncoding("UTF-16"), at: .byteOffset(0))
        }
        var index = 0
        if image.count >= 3 && image[0] == 0xEF && image[1] == 0xBB && image[2] == 0xBF { index = 3 }
        while index < image.count && XMLCharacters.isWhitespace(image[index]) { index += 1 }
        if index < image.count && image[index] == UInt8(ascii: "<") { return .svg }
        throw BakingError(.unrecognizedFormat, at: .byteOffset(0))
    }
}
