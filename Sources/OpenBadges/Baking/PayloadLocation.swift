/// Where in an image a baked payload was found, precisely enough for a person to look at it with a hex
/// viewer or a text editor.
public enum PayloadLocation: Sendable, Equatable, CustomStringConvertible {
    /// A PNG text chunk: its type (`iTXt`, or `tEXt` for a pre-2.0 image), its keyword, its 0-based index
    /// among the image's chunks, and the byte offset of the chunk (its length field) in the file.
    case pngChunk(type: String, keyword: String, chunkIndex: Int, byteOffset: Int)
    /// An SVG element, by its qualified name as written: which part holds the payload, and where that part
    /// starts (1-based line, 1-based column counted in bytes, 0-based byte offset).
    case svgElement(name: String, part: SVGPayloadPart, line: Int, column: Int, byteOffset: Int)

    public var description: String {
        switch self {
        case .pngChunk(let type, let keyword, let index, let offset):
            "\(type) chunk \"\(keyword)\" (chunk \(index), byte \(offset))"
        case .svgElement(let name, let part, let line, let column, _):
            "<\(name)> \(part) at line \(line), column \(column)"
        }
    }

    /// The image format the location belongs to.
    public var format: ImageFormat {
        if case .pngChunk = self { .png } else { .svg }
    }
}

/// The part of an SVG credential element that holds the payload.
public enum SVGPayloadPart: String, Sendable, Equatable, CustomStringConvertible {
    /// The `verify` attribute: a compact JWS, or an OB 2.0 hosted-assertion URL.
    case verifyAttribute = "verify attribute"
    /// The element's content (normally one CDATA section): a JSON credential or assertion.
    case body
    /// The element as a whole; used where an error names an element rather than a payload (two
    /// credential elements in one image).
    case element

    public var description: String { rawValue }
}
