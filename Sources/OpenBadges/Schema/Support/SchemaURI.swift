/// A URI reference split into its RFC 3986 components, with reference resolution (RFC 3986 §5).
///
/// Schema identifiers (`$id`, `$ref`, `$schema`) are URI references that resolve against a base URI.
/// This type does only what resolution needs: split, merge, remove dot segments, recompose. It does not
/// validate the grammar (the `uri` format checker does) and never percent-decodes, so two spellings of
/// one resource compare as different strings, as RFC 3986 §6.2.1 allows for simple comparison.
struct SchemaURI: Sendable, Equatable, CustomStringConvertible {
    /// The scheme without its colon; `nil` for a relative reference.
    var scheme: Substring?
    /// The authority without its leading `//`; `nil` when there is none (an empty one is `""`).
    var authority: Substring?
    var path: Substring
    /// The query without its `?`; `nil` when there is no `?`.
    var query: Substring?
    /// The fragment without its `#`; `nil` when there is no `#`.
    var fragment: Substring?

    /// Splits `text` as RFC 3986 Appendix B does; every string is some URI reference under that rule.
    init(_ text: String) {
        var rest = Substring(text)
        scheme = nil
        authority = nil
        query = nil
        fragment = nil
        if let hash = rest.firstIndex(of: "#") {
            fragment = rest[rest.index(after: hash)...]
            rest = rest[..<hash]
        }
        if let question = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: question)...]
            rest = rest[..<question]
        }
        if let colon = rest.firstIndex(of: ":") {
            let candidate = rest[..<colon]
            if Self.isScheme(candidate) {
                scheme = candidate
                rest = rest[rest.index(after: colon)...]
            }
        }
        if rest.hasPrefix("//") {
            let afterSlashes = rest.index(rest.startIndex, offsetBy: 2)
            let end = rest[afterSlashes...].firstIndex(of: "/") ?? rest.endIndex
            authority = rest[afterSlashes..<end]
            rest = rest[end...]
        }
        path = rest
    }

    init(scheme: Substring?, authority: Substring?, path: Substring, query: Substring?, fragment: Substring?) {
        self.scheme = scheme
        self.authority = authority
        self.path = path
        self.query = query
        self.fragment = fragment
    }

    /// `ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )`; anything else before the first colon is a path.
    static func isScheme(_ text: Substring) -> Bool {
        guard let first = text.utf8.first, isASCIILetter(first) else { return false }
        return text.utf8.dropFirst().allSatisfy { byte in
            isASCIILetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2B || byte == 0x2D || byte == 0x2E
        }
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    var isAbsolute: Bool { scheme != nil }

    /// The reference without its fragment.
    var withoutFragment: SchemaURI {
        var copy = self
        copy.fragment = nil
        return copy
    }

    /// RFC 3986 §5.3 recomposition.
    var description: String {
        var result = ""
        if let scheme { result += scheme; result += ":" }
        if let authority { result += "//"; result += authority }
        result += path
        if let query { result += "?"; result += query }
        if let fragment { result += "#"; result += fragment }
        return result
    }

    /// Resolves `self` (a reference) against `base` (an absolute URI), RFC 3986 §5.2.2 in strict mode.
    func resolved(against base: SchemaURI) -> SchemaURI {
        if scheme != nil {
            return SchemaURI(scheme: scheme, authority: authority, path: Self.removeDotSegments(path),
                                query: query, fragment: fragment)
        }
        if authority != nil {
            return SchemaURI(scheme: base.scheme, authority: authority, path: Self.removeDotSegments(path),
                                query: query, fragment: fragment)
        }
        if path.isEmpty {
            return SchemaURI(scheme: base.scheme, authority: base.authority, path: base.path,
                                query: query ?? base.query, fragment: fragment)
        }
        let mergedPath: Substring
        if path.hasPrefix("/") {
            mergedPath = Self.removeDotSegments(path)
        } else {
            mergedPath = Self.removeDotSegments(Self.merge(base: base, path: path))
        }
        return SchemaURI(scheme: base.scheme, authority: base.authority, path: mergedPath,
                            query: query, fragment: fragment)
    }

    /// RFC 3986 §5.2.3.
    private static func merge(base: SchemaURI, path: Substring) -> Substring {
        if base.authority != nil && base.path.isEmpty { return "/" + path }
        guard let slash = base.path.lastIndex(of: "/") else { return path }
        return base.path[...slash] + path
    }

    /// RFC 3986 §5.2.4, over path segments.
    static func removeDotSegments(_ path: Substring) -> Substring {
        guard path.contains(".") else { return path }
        var input = path
        var output: [Substring] = []
        while !input.isEmpty {
            if input.hasPrefix("../") {
                input = input.dropFirst(3)
            } else if input.hasPrefix("./") {
                input = input.dropFirst(2)
            } else if input.hasPrefix("/./") {
                input = input.dropFirst(2)
            } else if input == "/." {
                input = "/"
            } else if input.hasPrefix("/../") {
                input = input.dropFirst(3)
                if !output.isEmpty { output.removeLast() }
            } else if input == "/.." {
                input = "/"
                if !output.isEmpty { output.removeLast() }
            } else if input == "." || input == ".." {
                input = ""
            } else {
                // Move the first segment (with its leading slash, if any) to the output.
                let searchStart = input.hasPrefix("/") ? input.index(after: input.startIndex) : input.startIndex
                let end = input[searchStart...].firstIndex(of: "/") ?? input.endIndex
                output.append(input[..<end])
                input = input[end...]
            }
        }
        return Substring(output.joined())
    }
}

extension SchemaURI {
    /// The form used as a key for resources: scheme lowercased (RFC 3986 §6.2.2.1), no fragment.
    var resourceKey: String {
        var copy = withoutFragment
        if let scheme = copy.scheme { copy.scheme = Substring(scheme.lowercased()) }
        return copy.description
    }
}
