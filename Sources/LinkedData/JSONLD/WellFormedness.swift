/// The well-formedness checks of JSON-LD to RDF: triples whose IRIs, blank node labels or language tags
/// are not well-formed are not produced.
enum WellFormedness {
    /// True when `string` has the form of an absolute IRI (RFC 3987 `IRI`): a scheme, then only characters
    /// an IRI may contain, with every `%` starting a percent-encoded octet and at most one `#`.
    ///
    /// This checks the character repertoire and the overall shape rather than every rule of the
    /// authority grammar, which is what decides whether RDF can carry the IRI at all.
    static func isIRI(_ string: String) -> Bool {
        guard IRIResolution.hasScheme(string) else { return false }
        if let result = string.utf8.withContiguousStorageIfAvailable({ isIRIBytes($0) }) { return result }
        return isIRIBytes(Array(string.utf8))
    }

    /// Byte classes for ASCII: 1 = allowed anywhere in an IRI, 2 = '%', 3 = '#', 0 = never allowed.
    private static let asciiClass: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 128)
        for byte in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(byte)] = 1 }
        for byte in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(byte)] = 1 }
        for byte in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(byte)] = 1 }
        for byte in "-._~!$&'()*+,;=:@/?[]".utf8 { table[Int(byte)] = 1 }
        table[Int(UInt8(ascii: "%"))] = 2
        table[Int(UInt8(ascii: "#"))] = 3
        return table
    }()

    private static func isIRIBytes<C: RandomAccessCollection>(_ bytes: C) -> Bool where C.Element == UInt8, C.Index == Int {
        var sawHash = false
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let byte = bytes[i]
            if byte < 0x80 {
                switch asciiClass[Int(byte)] {
                case 1:
                    i += 1
                case 2:
                    guard i + 2 < end, isHexDigit(UInt32(bytes[i + 1])), isHexDigit(UInt32(bytes[i + 2])) else { return false }
                    i += 3
                case 3:
                    if sawHash { return false }
                    sawHash = true
                    i += 1
                default:
                    return false  // space, controls, <>"{}|\^` and the like
                }
                continue
            }
            // Decode one UTF-8 sequence (the string is valid UTF-8) and check the code point.
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            guard i + length <= end else { return false }
            var scalar = UInt32(byte) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
            for k in 1..<length { scalar = (scalar << 6) | (UInt32(bytes[i + k]) & 0x3F) }
            guard isUCSChar(scalar) || isPrivate(scalar) else { return false }
            i += length
        }
        return true
    }

    @inline(__always)
    private static func isHexDigit(_ v: UInt32) -> Bool {
        (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x46) || (v >= 0x61 && v <= 0x66)
    }

    /// RFC 3987 `ucschar`.
    private static func isUCSChar(_ v: UInt32) -> Bool {
        switch v {
        case 0xA0...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFEF: return true
        case 0x10000...0xEFFFD: return (v & 0xFFFF) <= 0xFFFD
        default: return false
        }
    }

    /// RFC 3987 `iprivate` (allowed in the query; accepted anywhere here, as processors commonly do).
    private static func isPrivate(_ v: UInt32) -> Bool {
        (v >= 0xE000 && v <= 0xF8FF) || (v >= 0xF0000 && v <= 0xFFFFD) || (v >= 0x100000 && v <= 0x10FFFD)
    }

    /// True for a blank node identifier `_:label` (labels are issued by Laurel, so only the prefix and a
    /// non-empty label are checked).
    @inline(__always)
    static func isBlankNode(_ string: String) -> Bool {
        let bytes = string.utf8
        guard bytes.count > 2 else { return false }
        var iterator = bytes.makeIterator()
        return iterator.next() == UInt8(ascii: "_") && iterator.next() == UInt8(ascii: ":")
    }

    /// BCP 47 §2.2.9 well-formedness: the tag matches the `Language-Tag` ABNF (RFC 5646 §2.1).
    static func isLanguageTag(_ tag: String) -> Bool {
        let lower = tag.lowercased()
        if grandfathered.contains(lower) { return true }
        var subtags: [Substring] = []
        for part in tag.split(separator: "-", omittingEmptySubsequences: false) { subtags.append(part) }
        guard !subtags.isEmpty else { return false }
        for subtag in subtags {
            guard !subtag.isEmpty, subtag.count <= 8, subtag.utf8.allSatisfy(isAlphaNum) else { return false }
        }
        var i = 0
        func isAlpha(_ s: Substring) -> Bool { s.utf8.allSatisfy { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A } }
        func isDigits(_ s: Substring) -> Bool { s.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
        // privateuse = "x" 1*("-" (1*8alphanum))
        if subtags[0].lowercased() == "x" { return subtags.count > 1 }
        // language
        let language = subtags[0]
        guard isAlpha(language), language.count >= 2 else { return false }
        i = 1
        if language.count <= 3 {
            // extlang = 3ALPHA *2("-" 3ALPHA)
            var extlangs = 0
            while i < subtags.count, extlangs < 3, subtags[i].count == 3, isAlpha(subtags[i]) {
                i += 1
                extlangs += 1
            }
        }
        // script = 4ALPHA
        if i < subtags.count, subtags[i].count == 4, isAlpha(subtags[i]) { i += 1 }
        // region = 2ALPHA / 3DIGIT
        if i < subtags.count, (subtags[i].count == 2 && isAlpha(subtags[i])) || (subtags[i].count == 3 && isDigits(subtags[i])) {
            i += 1
        }
        // variant = 5*8alphanum / (DIGIT 3alphanum)
        while i < subtags.count {
            let s = subtags[i]
            if s.count >= 5 || (s.count == 4 && (s.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } ?? false)) {
                i += 1
            } else {
                break
            }
        }
        // extension = singleton 1*("-" (2*8alphanum))
        while i < subtags.count, subtags[i].count == 1, subtags[i].lowercased() != "x" {
            i += 1
            var parts = 0
            while i < subtags.count, subtags[i].count >= 2 {
                i += 1
                parts += 1
            }
            guard parts > 0 else { return false }
        }
        // privateuse
        if i < subtags.count, subtags[i].lowercased() == "x" {
            return i + 1 < subtags.count
        }
        return i == subtags.count
    }

    private static func isAlphaNum(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    }

    private static let grandfathered: Set<String> = [
        "en-gb-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux", "i-mingo",
        "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-be-fr", "sgn-be-nl", "sgn-ch-de",
        "art-lojban", "cel-gaulish", "no-bok", "no-nyn", "zh-guoyu", "zh-hakka", "zh-min", "zh-min-nan", "zh-xiang",
    ]
}
