/// The JSON-LD 1.1 keywords.
enum Keyword: UInt8, Sendable {
    case any, base, container, context, default_, direction, embed, explicit, graph, id, import_, included
    case index, json, language, list, nest, none_, omitDefault, prefix, preserve, protected, propagate
    case requireAll, reverse, set, type, value, version, vocab

    /// The keyword's spelling, with its leading `@`.
    var spelling: String { Keyword.spellings[Int(rawValue)] }

    private static let spellings: [String] = [
        "@any", "@base", "@container", "@context", "@default", "@direction", "@embed", "@explicit", "@graph", "@id",
        "@import", "@included", "@index", "@json", "@language", "@list", "@nest", "@none", "@omitDefault",
        "@prefix", "@preserve", "@protected", "@propagate", "@requireAll", "@reverse", "@set", "@type", "@value",
        "@version", "@vocab",
    ]

    /// Spellings grouped by byte length, so a lookup compares only a few candidates byte by byte.
    private static let byLength: [[(bytes: [UInt8], keyword: Keyword)]] = {
        var table = [[(bytes: [UInt8], keyword: Keyword)]](repeating: [], count: 16)
        var raw: UInt8 = 0
        while let keyword = Keyword(rawValue: raw) {
            // `@any` is an internal marker of the inverse context, not a keyword of the syntax.
            if keyword != .any {
                let bytes = Array(keyword.spelling.utf8)
                table[bytes.count].append((bytes, keyword))
            }
            raw += 1
        }
        return table
    }()

    /// The keyword spelled exactly (byte for byte) by `string`, if any.
    @inline(__always)
    static func named(_ string: String) -> Keyword? {
        let utf8 = string.utf8
        guard utf8.first == UInt8(ascii: "@"), utf8.count < 16 else { return nil }
        for candidate in byLength[utf8.count] where utf8.elementsEqual(candidate.bytes) { return candidate.keyword }
        return nil
    }

    /// True for strings of the form `"@" 1*ALPHA` that are reserved for future keywords: JSON-LD ignores them.
    static func hasKeywordForm(_ string: String) -> Bool {
        var iterator = string.utf8.makeIterator()
        guard iterator.next() == UInt8(ascii: "@") else { return false }
        var sawLetter = false
        while let byte = iterator.next() {
            guard (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) else { return false }
            sawLetter = true
        }
        return sawLetter
    }
}
