/// What a baked payload is, judged from its shape alone (no parsing, no signature check): cheap enough to
/// run on every unbake, and what a verifier needs to pick its next step.
public enum PayloadKind: String, Sendable, Equatable, CustomStringConvertible {
    /// A JSON object: an OB 3.0 credential with an embedded proof, or an OB 2.0/1.x assertion.
    case json
    /// A compact JWS (`header.payload.signature`, base64url): a VC-JWT or a signed OB 2.0 assertion.
    case compactJWS = "compact-jws"
    /// An `http` or `https` URL: a hosted assertion (SVG `verify` attribute, legacy PNG `tEXt`).
    case url

    public var description: String { rawValue }

    /// Classifies `bytes`, which must already be trimmed of surrounding white space; nil when the payload
    /// is none of the three.
    public static func classify(_ bytes: [UInt8]) -> PayloadKind? {
        guard let first = bytes.first else { return nil }
        if first == UInt8(ascii: "{") { return .json }
        if isCompactJWS(bytes) { return .compactJWS }
        if isHTTPURL(bytes) { return .url }
        return nil
    }

    /// Three base64url segments separated by two dots, header and payload non-empty. (An empty signature
    /// is the unsecured form; it is still a JWS by shape and the verifier rejects it.)
    static func isCompactJWS(_ bytes: [UInt8]) -> Bool {
        var dots = 0
        var segmentLength = 0
        for byte in bytes {
            if byte == UInt8(ascii: ".") {
                if dots < 2 && segmentLength == 0 { return false }
                dots += 1
                segmentLength = 0
                if dots > 2 { return false }
            } else if isBase64URL(byte) {
                segmentLength += 1
            } else {
                return false
            }
        }
        return dots == 2
    }

    /// An absolute `http:` or `https:` URL of printable ASCII without spaces, quotes or angle brackets.
    /// Other schemes (`javascript:`, `file:`, `data:`) are not hosted assertions and are refused.
    static func isHTTPURL(_ bytes: [UInt8]) -> Bool {
        let lower = bytes.prefix(8).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        let rest: Int
        if lower.starts(with: Array("https://".utf8)) {
            rest = 8
        } else if lower.starts(with: Array("http://".utf8)) {
            rest = 7
        } else {
            return false
        }
        guard bytes.count > rest else { return false }
        return bytes.allSatisfy(isURLCharacter)
    }

    private static func isURLCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x21...0x7E:
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\\"), UInt8(ascii: "^"),
                UInt8(ascii: "`"), UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: "}"):
                false
            default:
                true
            }
        default:
            false
        }
    }

    static func isBase64URL(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
            true
        default:
            false
        }
    }
}

extension PayloadKind {
    /// Trims the white space around a payload, checks its size and encoding and classifies it. Only the
    /// trimmed payload is copied.
    static func recognize(
        _ raw: ArraySlice<UInt8>, at location: PayloadLocation, limits: BakingLimits
    ) throws(BakingError) -> (kind: PayloadKind, bytes: [UInt8]) {
        var start = raw.startIndex
        var end = raw.endIndex
        while start < end && XMLCharacters.isWhitespace(raw[start]) { start += 1 }
        while end > start && XMLCharacters.isWhitespace(raw[end - 1]) { end -= 1 }
        guard start < end else { throw BakingError(.emptyPayload, at: .payload(location)) }
        guard end - start <= limits.maxPayloadBytes else {
            throw BakingError(.payloadTooLarge(size: end - start, limit: limits.maxPayloadBytes), at: .payload(location))
        }
        let bytes = Array(raw[start..<end])
        guard isValidUTF8(bytes) else { throw BakingError(.payloadNotUTF8, at: .payload(location)) }
        guard let kind = classify(bytes) else {
            let preview = String(decoding: bytes.prefix(40), as: UTF8.self)
            throw BakingError(.unrecognizedPayload(preview: preview), at: .payload(location))
        }
        return (kind, bytes)
    }

    /// ASCII is checked in a tight loop; only text with other characters pays for the full check.
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        if bytes.allSatisfy({ $0 < 0x80 }) { return true }
        return String(validating: bytes, as: UTF8.self) != nil
    }
}
