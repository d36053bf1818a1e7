/// Reading and writing XML character data without any entity machinery.
///
/// Reading recognises exactly the five predefined entities (`&lt;` `&gt;` `&amp;` `&apos;` `&quot;`) and
/// numeric character references; any other `&name;` is an error, because its meaning would come from a
/// DTD, and Laurel never reads or expands one. Line ends are normalised as XML 1.0 section 2.11 says
/// (CRLF and CR become LF) and attribute values as section 3.3.3 says (literal white space becomes a
/// space). Errors carry byte offsets; the SVG layer turns them into lines and columns.
enum XMLReferences {
    /// The value of an attribute whose raw text (between the quotes) is `bytes[range]`.
    static func decodeAttribute(_ bytes: [UInt8], _ range: Range<Int>) throws(BakingError) -> [UInt8] {
        try decode(bytes, range, attribute: true)
    }

    /// Character data (text between tags) of `bytes[range]`.
    static func decodeText(_ bytes: [UInt8], _ range: Range<Int>) throws(BakingError) -> [UInt8] {
        try decode(bytes, range, attribute: false)
    }

    /// The content of a CDATA section: no references, only line-end normalisation.
    static func decodeCDATA(_ bytes: [UInt8], _ range: Range<Int>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == 0x0D {
                output.append(0x0A)
                if index + 1 < range.upperBound && bytes[index + 1] == 0x0A { index += 1 }
            } else {
                output.append(byte)
            }
            index += 1
        }
        return output
    }

    private static func decode(_ bytes: [UInt8], _ range: Range<Int>, attribute: Bool) throws(BakingError) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "&"):
                let (scalar, next) = try reference(in: bytes, at: index, end: range.upperBound)
                UTF8.encode(scalar) { output.append($0) }
                index = next
                continue
            case 0x0D:
                output.append(attribute ? 0x20 : 0x0A)
                if index + 1 < range.upperBound && bytes[index + 1] == 0x0A { index += 1 }
            case 0x0A, 0x09:
                output.append(attribute ? 0x20 : byte)
            default:
                output.append(byte)
            }
            index += 1
        }
        return output
    }

    /// The reference starting at `start` (an `&`), and the offset after its `;`.
    private static func reference(in bytes: [UInt8], at start: Int, end: Int) throws(BakingError) -> (Unicode.Scalar, Int) {
        // No legitimate reference is longer than `&#x10FFFF;`; `&quot;` and friends are shorter still.
        let searchEnd = min(end, start + 40)
        var semicolon = start + 1
        while semicolon < searchEnd && bytes[semicolon] != UInt8(ascii: ";") { semicolon += 1 }
        guard semicolon < searchEnd else {
            throw BakingError(.svgMalformed("an '&' that does not start a reference (write it as &amp;)"),
                              at: .byteOffset(start))
        }
        let body = Array(bytes[(start + 1)..<semicolon])
        let text = "&" + String(decoding: body, as: UTF8.self) + ";"
        if body.first == UInt8(ascii: "#") {
            var digits = body.dropFirst()
            var radix: UInt32 = 10
            if digits.first == UInt8(ascii: "x") {
                radix = 16
                digits = digits.dropFirst()
            }
            guard !digits.isEmpty, digits.count <= 12 else {
                throw BakingError(.svgInvalidCharacterReference(text), at: .byteOffset(start))
            }
            var value: UInt32 = 0
            for digit in digits {
                guard let d = digitValue(digit, radix: radix) else {
                    throw BakingError(.svgInvalidCharacterReference(text), at: .byteOffset(start))
                }
                value = value &* radix &+ d
                if value > 0x10FFFF { throw BakingError(.svgInvalidCharacterReference(text), at: .byteOffset(start)) }
            }
            guard XMLCharacters.isAllowedScalar(value), let scalar = Unicode.Scalar(value) else {
                throw BakingError(.svgInvalidCharacterReference(text), at: .byteOffset(start))
            }
            return (scalar, semicolon + 1)
        }
        let scalar: Unicode.Scalar
        switch String(decoding: body, as: UTF8.self) {
        case "lt": scalar = "<"
        case "gt": scalar = ">"
        case "amp": scalar = "&"
        case "apos": scalar = "'"
        case "quot": scalar = "\""
        case let name:
            throw BakingError(.svgUnsupportedEntity(name), at: .byteOffset(start))
        }
        return (scalar, semicolon + 1)
    }

    private static func digitValue(_ byte: UInt8, radix: UInt32) -> UInt32? {
        let value: UInt32
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): value = UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): value = UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): value = UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
        return value < radix ? value : nil
    }

    /// `value` escaped for a double-quoted attribute, so that decoding gives back exactly `value`: markup
    /// characters become entity references and white space other than spaces becomes character references
    /// (a literal tab or line end would be normalised to a space).
    static func escapeAttribute(_ value: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(value.count)
        for byte in value {
            switch byte {
            case UInt8(ascii: "&"): output.append(contentsOf: Array("&amp;".utf8))
            case UInt8(ascii: "<"): output.append(contentsOf: Array("&lt;".utf8))
            case UInt8(ascii: "\""): output.append(contentsOf: Array("&quot;".utf8))
            case 0x09: output.append(contentsOf: Array("&#9;".utf8))
            case 0x0A: output.append(contentsOf: Array("&#10;".utf8))
            case 0x0D: output.append(contentsOf: Array("&#13;".utf8))
            default: output.append(byte)
            }
        }
        return output
    }

    /// `content` as CDATA, so that reading gives back exactly `content`: a `]]>` inside is split across two
    /// sections, and a carriage return (which line-end normalisation would turn into a line feed) is
    /// written between sections as `&#13;`.
    static func cdata(_ content: [UInt8]) -> [UInt8] {
        let open = Array("<![CDATA[".utf8)
        let close = Array("]]>".utf8)
        var output = open
        output.reserveCapacity(content.count + 32)
        var index = 0
        while index < content.count {
            let byte = content[index]
            if byte == UInt8(ascii: "]") && index + 2 < content.count
                && content[index + 1] == UInt8(ascii: "]") && content[index + 2] == UInt8(ascii: ">") {
                // "]]" ends this section and ">" starts the next one.
                output.append(contentsOf: Array("]]]]><![CDATA[>".utf8))
                index += 3
                continue
            }
            if byte == 0x0D {
                output.append(contentsOf: close)
                output.append(contentsOf: Array("&#13;".utf8))
                output.append(contentsOf: open)
            } else {
                output.append(byte)
            }
            index += 1
        }
        output.append(contentsOf: close)
        return output
    }
}
