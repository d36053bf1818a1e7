/// IRI reference resolution (RFC 3986 §5.2), as JSON-LD uses it: only the basic algorithm, with neither
/// syntax- nor scheme-based normalization; characters IRIs add are treated like unreserved characters.
enum IRIResolution {
    private static let slash = UInt8(ascii: "/"), dot = UInt8(ascii: "."), colon = UInt8(ascii: ":")
    private static let question = UInt8(ascii: "?"), hash = UInt8(ascii: "#")

    /// The components of an IRI reference (RFC 3986 §3); each is a byte slice of the reference.
    struct Components {
        var scheme: ArraySlice<UInt8>?
        var authority: ArraySlice<UInt8>?
        var path: ArraySlice<UInt8>
        var query: ArraySlice<UInt8>?
        var fragment: ArraySlice<UInt8>?
    }

    /// True when `string` starts with a scheme: `ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"`.
    static func hasScheme(_ string: String) -> Bool {
        var first = true
        for byte in string.utf8 {
            if byte == colon { return !first }
            let isAlpha = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
            if first {
                guard isAlpha else { return false }
                first = false
            } else {
                let isDigit = byte >= 0x30 && byte <= 0x39
                guard isAlpha || isDigit || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == dot else { return false }
            }
        }
        return false
    }

    /// Splits a reference into its components (RFC 3986 Appendix B, by hand).
    static func parse(_ bytes: [UInt8]) -> Components {
        var i = 0
        let n = bytes.count
        var scheme: ArraySlice<UInt8>? = nil
        // A scheme is present when a ':' comes before any of '/', '?', '#' and the prefix is a valid scheme.
        var j = 0
        while j < n, bytes[j] != colon, bytes[j] != slash, bytes[j] != question, bytes[j] != hash { j += 1 }
        if j < n, bytes[j] == colon, j > 0, isSchemeBytes(bytes[0..<j]) {
            scheme = bytes[0..<j]
            i = j + 1
        }
        var authority: ArraySlice<UInt8>? = nil
        if i + 1 < n, bytes[i] == slash, bytes[i + 1] == slash {
            var k = i + 2
            while k < n, bytes[k] != slash, bytes[k] != question, bytes[k] != hash { k += 1 }
            authority = bytes[(i + 2)..<k]
            i = k
        }
        var k = i
        while k < n, bytes[k] != question, bytes[k] != hash { k += 1 }
        let path = bytes[i..<k]
        i = k
        var query: ArraySlice<UInt8>? = nil
        if i < n, bytes[i] == question {
            k = i + 1
            while k < n, bytes[k] != hash { k += 1 }
            query = bytes[(i + 1)..<k]
            i = k
        }
        var fragment: ArraySlice<UInt8>? = nil
        if i < n, bytes[i] == hash { fragment = bytes[(i + 1)..<n] }
        return Components(scheme: scheme, authority: authority, path: path, query: query, fragment: fragment)
    }

    private static func isSchemeBytes(_ bytes: ArraySlice<UInt8>) -> Bool {
        var first = true
        for byte in bytes {
            let isAlpha = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
            if first {
                guard isAlpha else { return false }
                first = false
            } else {
                let isDigit = byte >= 0x30 && byte <= 0x39
                guard isAlpha || isDigit || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == dot else { return false }
            }
        }
        return !first
    }

    /// Resolves `reference` against `base` (RFC 3986 §5.2.2). Without a usable base (none, or one
    /// without a scheme) the reference is returned unchanged: JSON-LD then keeps it relative.
    static func resolve(_ reference: String, against base: String?) -> String {
        guard let base else { return reference }
        let baseBytes = Array(base.utf8)
        let b = parse(baseBytes)
        guard b.scheme != nil else { return reference }
        let refBytes = Array(reference.utf8)
        let r = parse(refBytes)

        var out: [UInt8] = []
        out.reserveCapacity(baseBytes.count + refBytes.count)
        var authority: ArraySlice<UInt8>?
        var path: [UInt8]
        var query: ArraySlice<UInt8>?
        let scheme: ArraySlice<UInt8>
        if let rs = r.scheme {
            scheme = rs
            authority = r.authority
            path = removeDotSegments(r.path)
            query = r.query
        } else {
            scheme = b.scheme ?? []
            if r.authority != nil {
                authority = r.authority
                path = removeDotSegments(r.path)
                query = r.query
            } else {
                authority = b.authority
                if r.path.isEmpty {
                    path = Array(b.path)
                    query = r.query ?? b.query
                } else {
                    if r.path.first == slash {
                        path = removeDotSegments(r.path)
                    } else {
                        path = removeDotSegments(merge(base: b, referencePath: r.path)[...])
                    }
                    query = r.query
                }
            }
        }
        out.append(contentsOf: scheme)
        out.append(colon)
        if let authority {
            out.append(slash); out.append(slash)
            out.append(contentsOf: authority)
        }
        out.append(contentsOf: path)
        if let query {
            out.append(question)
            out.append(contentsOf: query)
        }
        if let fragment = r.fragment {
            out.append(hash)
            out.append(contentsOf: fragment)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// RFC 3986 §5.2.3.
    private static func merge(base: Components, referencePath: ArraySlice<UInt8>) -> [UInt8] {
        if base.authority != nil, base.path.isEmpty {
            return [slash] + referencePath
        }
        var merged: [UInt8] = []
        if let lastSlash = base.path.lastIndex(of: slash) {
            merged.append(contentsOf: base.path[base.path.startIndex...lastSlash])
        }
        merged.append(contentsOf: referencePath)
        return merged
    }

    /// RFC 3986 §5.2.4, working on whole segments: the output is a stack of segments each starting with
    /// '/' (except possibly the first), which gives the same result as the buffer-shuffling description.
    static func removeDotSegments(_ input: ArraySlice<UInt8>) -> [UInt8] {
        var segments: [ArraySlice<UInt8>] = []
        var i = input.startIndex
        let end = input.endIndex
        let absolute = i < end && input[i] == slash
        if absolute { i += 1 }
        // Split into segments separated by '/'. A trailing '/' yields a final empty segment.
        var parts: [ArraySlice<UInt8>] = []
        var start = i
        while i <= end {
            if i == end || input[i] == slash {
                parts.append(input[start..<i])
                start = i + 1
            }
            i += 1
        }
        var trailingSlash = false
        for (k, part) in parts.enumerated() {
            let isLast = k == parts.count - 1
            if part.count == 1, part.first == dot {
                trailingSlash = isLast
                continue
            }
            if part.count == 2, part.first == dot, part.last == dot {
                if !segments.isEmpty { segments.removeLast() }
                trailingSlash = isLast
                continue
            }
            segments.append(part)
            trailingSlash = false
        }
        var out: [UInt8] = []
        out.reserveCapacity(input.count)
        if absolute { out.append(slash) }
        for (k, segment) in segments.enumerated() {
            if k > 0 { out.append(slash) }
            out.append(contentsOf: segment)
        }
        if trailingSlash, !(out.last == slash) { out.append(slash) }
        // A relative path never starts with '/' after removal unless it did before; keep '/' for absolute.
        if !absolute, out.first == slash { out.removeFirst() }
        return out
    }
}
