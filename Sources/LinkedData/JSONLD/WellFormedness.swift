/// The well-formedness checks of JSON-LD to RDF: triples whose IRIs, blank node labels or language tags
/// are not well-formed are not produced.
enum WellFormedness {
    /// True when `string` has the form of an absolute IRI (RFC 3987 `IRI`): a scheme, then only characters
    /// an IRI may contain, with every `%` starting a percent-encoded octet and at most one `#`.
    ///
    /// This checks the character repertoire and the overall shape rather than every rule of the
    /// authority grammar, which is what decides whether RDF can carry the IRI at all.
    static func isIRI(_ string: String) -> Bool {
        if let result = string.utf8.withContiguousStorageIfAvailable({ buffer in
            buffer.baseAddress.map { isIRIBytes($0, count: buffer.count) } ?? false
        }) {
            return result
        }
        return Array(string.utf8).withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { isIRIBytes($0, count: buffer.count) } ?? false
        }
    }

    /// ASCII characters allowed anywhere in an IRI (unreserved, sub-delims, ':', '@', '/', '?', '[', ']') as
    /// a 128-bit set: bit n of `allowedLow` is byte n, bit n of `allowedHigh` is byte 64 + n. Literals, so
    /// the hot path has no lazy initialization.
    private static var allowedLow: UInt64 { 0xAFFFFFD200000000 }
    private static var allowedHigh: UInt64 { 0x47FFFFFEAFFFFFFF }

    /// Scans `count` bytes at `bytes`; every read is guarded by `i < end` (or `i + k < end`).
    private static func isIRIBytes(_ bytes: UnsafePointer<UInt8>, count: Int) -> Bool {
        let low = allowedLow, high = allowedHigh
        var i = 0
        let end = count
        // The scheme: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"
        guard i < end, (bytes[i] | 0x20) >= 0x61, (bytes[i] | 0x20) <= 0x7A else { return false }
        i += 1
        while true {
            guard i < end else { return false }
            let byte = bytes[i]
            i += 1
            if byte == UInt8(ascii: ":") { break }
            let isAlpha = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
            let isDigit = byte >= 0x30 && byte <= 0x39
            guard isAlpha || isDigit || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") else {
                return false
            }
        }
        var sawHash = false
        while i < end {
            let byte = bytes[i]
            if byte < 64 {
                if (low >> UInt64(byte)) & 1 == 1 { i += 1; continue }
            } else if byte < 128 {
                if (high >> UInt64(byte - 64)) & 1 == 1 { i += 1; continue }
            } else {
                // Decode one UTF-8 sequence (the string is valid UTF-8) and check the code point.
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                guard i + length <= end else { return false }
                var scalar = UInt32(byte) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
                for k in 1..<length { scalar = (scalar << 6) | (UInt32(bytes[i + k]) & 0x3F) }
                guard isUCSChar(scalar) || isPrivate(scalar) else { return false }
                i += length
                continue
            }
            if byte == UInt8(ascii: "%") {
                guard i + 2 < end, isHexDigit(UInt32(bytes[i + 1])), isHexDigit(UInt32(bytes[i + 2])) else { return false }
                i += 3
            } else if byte == UInt8(ascii: "#"), !sawHash {
                sawHash = true
                i += 1
            } else {
                return false  // space, controls, <>"{}|\^`, or a second '#'
            }
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
