/// Why an image could not be baked or unbaked, and where the problem is.
///
/// Each reason has a stable ``code`` (for reports and tests) and a sentence; ``position`` says where:
/// a PNG chunk (its index, type and byte offset), a line and column of an SVG, or the payload's place.
/// An image that simply carries no credential is not an error: see ``UnbakeResult/notBaked(_:)``.
public struct BakingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong. ``message`` words it for a person, ``code`` names it for a program; the
    /// associated values carry the facts (sizes, limits, CRCs, names) both are made from.
    public enum Reason: Sendable, Equatable {
        // The image as a whole.
        case emptyImage
        case imageTooLarge(size: Int, limit: Int)
        case unrecognizedFormat
        case compressedSVG

        // PNG structure.
        case pngBadSignature
        case pngTruncatedChunkHeader(available: Int)
        case pngTruncatedChunk(declaredLength: Int, available: Int)
        case pngChunkLengthTooLarge(length: UInt32)
        case pngInvalidChunkType([UInt8])
        case pngCRCMismatch(stored: UInt32, computed: UInt32)
        case pngMissingIHDR(firstChunk: String)
        case pngInvalidIHDR(length: Int)
        case pngMissingIEND
        case pngChunkAfterIEND(byteCount: Int)
        case pngTooManyChunks(limit: Int)
        case pngMalformedTextChunk(String)
        case pngCompressedCredential

        // SVG structure.
        case svgUnsupportedEncoding(String)
        case svgNoRootElement
        case svgRootNotSVG(found: String)
        case svgUnterminated(String)
        case svgMalformed(String)
        case svgMismatchedEndTag(expected: String, found: String)
        case svgNestingTooDeep(limit: Int)
        case svgTooManyAttributes(limit: Int)
        case svgDuplicateAttribute(String)
        case svgEntityDeclarations
        case svgUnsupportedEntity(String)
        case svgInvalidCharacterReference(String)
        case svgUnexpectedElementInCredential(String)
        case svgNamespaceConflict(String)

        // The payload.
        case twoCredentials(first: PayloadLocation, second: PayloadLocation)
        case payloadTooLarge(size: Int, limit: Int)
        case payloadNotUTF8
        case emptyPayload
        case unrecognizedPayload(preview: String)
        case notJSON(PayloadKind)
        case malformedJSON(JSONParseError)

        // Baking.
        case invalidPayload(String)
        case unsupportedCombination(String)
        case missingVerifyURL
    }

    /// Where the problem is.
    public enum Position: Sendable, Equatable, CustomStringConvertible {
        /// A byte offset in the image.
        case byteOffset(Int)
        /// A PNG chunk: its 0-based index, its type, and the byte offset of the problem.
        case pngChunk(index: Int, type: String, byteOffset: Int)
        /// A place in an SVG: 1-based line, 1-based column counted in bytes, 0-based byte offset.
        case svg(line: Int, column: Int, byteOffset: Int)
        /// The baked payload.
        case payload(PayloadLocation)

        public var description: String {
            switch self {
            case .byteOffset(let offset): "at byte \(offset)"
            case .pngChunk(let index, let type, let offset): "in chunk \(index) (\(type)) at byte \(offset)"
            case .svg(let line, let column, let offset): "at line \(line), column \(column) (byte \(offset))"
            case .payload(let location): "in the \(location)"
            }
        }
    }

    public let reason: Reason
    public let position: Position?

    public init(_ reason: Reason, at position: Position? = nil) {
        self.reason = reason
        self.position = position
    }

    public var description: String {
        guard let position else { return message }
        return "\(message) \(position)"
    }

    /// A stable identifier of the reason, for reports and tests.
    public var code: String {
        switch reason {
        case .emptyImage: "image.empty"
        case .imageTooLarge: "image.too_large"
        case .unrecognizedFormat: "image.unrecognized_format"
        case .compressedSVG: "svg.compressed"
        case .pngBadSignature: "png.bad_signature"
        case .pngTruncatedChunkHeader, .pngTruncatedChunk: "png.truncated"
        case .pngChunkLengthTooLarge: "png.chunk_length_invalid"
        case .pngInvalidChunkType: "png.chunk_type_invalid"
        case .pngCRCMismatch: "png.crc_mismatch"
        case .pngMissingIHDR: "png.missing_ihdr"
        case .pngInvalidIHDR: "png.invalid_ihdr"
        case .pngMissingIEND: "png.missing_iend"
        case .pngChunkAfterIEND: "png.data_after_iend"
        case .pngTooManyChunks: "png.too_many_chunks"
        case .pngMalformedTextChunk: "png.text_chunk_malformed"
        case .pngCompressedCredential: "png.compressed_credential"
        case .svgUnsupportedEncoding: "svg.unsupported_encoding"
        case .svgNoRootElement: "svg.no_root_element"
        case .svgRootNotSVG: "svg.root_not_svg"
        case .svgUnterminated: "svg.unterminated"
        case .svgMalformed: "svg.malformed"
        case .svgMismatchedEndTag: "svg.mismatched_end_tag"
        case .svgNestingTooDeep: "svg.too_deep"
        case .svgTooManyAttributes: "svg.too_many_attributes"
        case .svgDuplicateAttribute: "svg.duplicate_attribute"
        case .svgEntityDeclarations: "svg.entity_declarations"
        case .svgUnsupportedEntity: "svg.unsupported_entity"
        case .svgInvalidCharacterReference: "svg.invalid_character_reference"
        case .svgUnexpectedElementInCredential: "svg.unexpected_child_element"
        case .svgNamespaceConflict: "svg.namespace_conflict"
        case .twoCredentials: "baking.two_credentials"
        case .payloadTooLarge: "payload.too_large"
        case .payloadNotUTF8: "payload.invalid_utf8"
        case .emptyPayload: "payload.empty"
        case .unrecognizedPayload: "payload.unrecognized"
        case .notJSON: "payload.not_json"
        case .malformedJSON: "payload.malformed_json"
        case .invalidPayload: "bake.invalid_payload"
        case .unsupportedCombination: "bake.unsupported"
        case .missingVerifyURL: "bake.missing_verify_url"
        }
    }

    /// What is wrong, without the position.
    public var message: String {
        switch reason {
        case .emptyImage:
            "the image is empty"
        case .imageTooLarge(let size, let limit):
            "the image is \(size) bytes; the limit is \(limit) bytes"
        case .unrecognizedFormat:
            "the image is neither a PNG (no PNG signature) nor an SVG (no '<' at the start)"
        case .compressedSVG:
            "the image is gzip-compressed (an .svgz file); baked SVGs must be uncompressed"
        case .pngBadSignature:
            "the PNG signature is damaged (its bytes were probably converted as text, e.g. line endings)"
        case .pngTruncatedChunkHeader(let available):
            "the PNG ends inside a chunk header: 8 bytes of length and type are needed, \(available) remain"
        case .pngTruncatedChunk(let declared, let available):
            "the PNG is truncated: the chunk declares \(declared) bytes of data plus a 4-byte CRC, "
                + "but only \(available) bytes remain"
        case .pngChunkLengthTooLarge(let length):
            "the chunk length \(length) exceeds the PNG maximum of 2^31-1 bytes"
        case .pngInvalidChunkType(let bytes):
            "the chunk type \(bytes.map { String($0, radix: 16) }.joined(separator: " ")) is not four ASCII letters"
        case .pngCRCMismatch(let stored, let computed):
            "the chunk's CRC is \(hex(stored)) but its type and data give \(hex(computed)); the image is damaged"
        case .pngMissingIHDR(let first):
            "the first chunk is \(first), but a PNG must start with IHDR"
        case .pngInvalidIHDR(let length):
            "the IHDR chunk has \(length) bytes of data; it must have 13"
        case .pngMissingIEND:
            "the PNG ends without an IEND chunk (the file is truncated)"
        case .pngChunkAfterIEND(let count):
            "\(count) bytes follow the IEND chunk, which must be the last chunk of a PNG"
        case .pngTooManyChunks(let limit):
            "the PNG has more than \(limit) chunks"
        case .pngMalformedTextChunk(let detail):
            "malformed text chunk: \(detail)"
        case .pngCompressedCredential:
            "the credential chunk is compressed; the baking specifications forbid compression"
        case .svgUnsupportedEncoding(let encoding):
            "the SVG is encoded as \(encoding); baked SVGs are read as UTF-8 only"
        case .svgNoRootElement:
            "the SVG has no root element"
        case .svgRootNotSVG(let found):
            "the root element is <\(found)>, not <svg>"
        case .svgUnterminated(let construct):
            "unterminated \(construct): the SVG ends before it is closed"
        case .svgMalformed(let detail):
            "the SVG is not well-formed XML: \(detail)"
        case .svgMismatchedEndTag(let expected, let found):
            "the end tag </\(found)> does not close the open element <\(expected)>"
        case .svgNestingTooDeep(let limit):
            "elements are nested more than \(limit) levels deep"
        case .svgTooManyAttributes(let limit):
            "an element has more than \(limit) attributes"
        case .svgDuplicateAttribute(let name):
            "the attribute \(name) appears twice on the same element"
        case .svgEntityDeclarations:
            "the SVG's DOCTYPE declares entities; Laurel never expands entities (an entity-expansion "
                + "bomb or an external entity could hide there), so it refuses such an SVG"
        case .svgUnsupportedEntity(let name):
            "the entity reference &\(name); is not one of the five XML predefines; Laurel expands no other entity"
        case .svgInvalidCharacterReference(let text):
            "the character reference \(text) does not name a character XML allows"
        case .svgUnexpectedElementInCredential(let name):
            "the credential element contains an element <\(name)>; it may only hold text or CDATA"
        case .svgNamespaceConflict(let uri):
            "the root element binds the prefix openbadges to \(uri); rebinding it for the credential would "
                + "change the meaning of the elements that use it"
        case .twoCredentials(let first, let second):
            "the image carries two credentials: the \(first) and the \(second); a baked image must carry one"
        case .payloadTooLarge(let size, let limit):
            "the payload is \(size) bytes; the limit is \(limit) bytes"
        case .payloadNotUTF8:
            "the payload is not valid UTF-8"
        case .emptyPayload:
            "the credential container is empty: no verify attribute and no content"
        case .unrecognizedPayload(let preview):
            "the payload is neither JSON, a compact JWS nor an http(s) URL: \"\(preview)\""
        case .notJSON(let kind):
            "the payload is a \(kind), not JSON"
        case .malformedJSON(let error):
            "the JSON payload does not parse: \(error.message) at line \(error.line), column \(error.column) "
                + "(byte \(error.offset)) of the payload"
        case .invalidPayload(let detail):
            "cannot bake this payload: \(detail)"
        case .unsupportedCombination(let detail):
            detail
        case .missingVerifyURL:
            "an OB 2.0 SVG assertion needs a verify attribute, but the assertion JSON has neither an http(s) "
                + "\"id\" nor \"verify.url\"; bake the signed JWS instead"
        }
    }

    private func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return "0x" + String(repeating: "0", count: max(0, 8 - digits.count)) + digits
    }
}
