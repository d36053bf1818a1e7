/// The JSON-LD 1.1 keywords.
enum Keyword: UInt8, Sendable {
    case any, base, container, context, default_, direction, embed, explicit, graph, id, import_, included
    case index, json, language, list, nest, none_, omitDefault, prefix, preserve, protected, propagate
    case requireAll, reverse, set, type, value, version, vocab

    /// The keyword's spelling, with its leading `@`.
    var spelling: String {
        switch self {
        case .any: "@any"
        case .base: "@base"
        case .container: "@container"
        case .context: "@context"
        case .default_: "@default"
        case .direction: "@direction"
        case .embed: "@embed"
        case .explicit: "@explicit"
        case .graph: "@graph"
        case .id: "@id"
        case .import_: "@import"
        case .included: "@included"
        case .index: "@index"
        case .json: "@json"
        case .language: "@language"
        case .list: "@list"
        case .nest: "@nest"
        case .none_: "@none"
        case .omitDefault: "@omitDefault"
        case .prefix: "@prefix"
        case .preserve: "@preserve"
        case .protected: "@protected"
        case .propagate: "@propagate"
        case .requireAll: "@requireAll"
        case .reverse: "@reverse"
        case .set: "@set"
        case .type: "@type"
        case .value: "@value"
        case .version: "@version"
        case .vocab: "@vocab"
        }
    }

    /// The keyword spelled exactly (byte for byte) by `string`, if any.
    @inline(__always)
    static func named(_ string: String) -> Keyword? {
        let utf8 = string.utf8
        guard utf8.first == UInt8(ascii: "@") else { return nil }
        if let keyword = utf8.withContiguousStorageIfAvailable({ match($0) }) { return keyword }
        return match(Array(utf8))
    }

    /// Matches raw bytes against the spellings, by length first.
    private static func match<C: RandomAccessCollection>(_ utf8: C) -> Keyword? where C.Element == UInt8, C.Index == Int {
        @inline(__always) func equalsLiteral(_ literal: StaticString) -> Bool {
            guard literal.utf8CodeUnitCount == utf8.count else { return false }
            let start = literal.utf8Start
            var i = 0
            var j = utf8.startIndex
            while i < utf8.count {
                if start[i] != utf8[j] { return false }
                i += 1
                j += 1
            }
            return true
        }
        switch utf8.count {
        case 3:
            if equalsLiteral("@id") { return .id }
            return nil
        case 4:
            if equalsLiteral("@set") { return .set }
            return nil
        case 5:
            if equalsLiteral("@base") { return .base }
            if equalsLiteral("@json") { return .json }
            if equalsLiteral("@list") { return .list }
            if equalsLiteral("@nest") { return .nest }
            if equalsLiteral("@none") { return .none_ }
            if equalsLiteral("@type") { return .type }
            return nil
        case 6:
            if equalsLiteral("@embed") { return .embed }
            if equalsLiteral("@graph") { return .graph }
            if equalsLiteral("@index") { return .index }
            if equalsLiteral("@value") { return .value }
            if equalsLiteral("@vocab") { return .vocab }
            return nil
        case 7:
            if equalsLiteral("@import") { return .import_ }
            if equalsLiteral("@prefix") { return .prefix }
            return nil
        case 8:
            if equalsLiteral("@context") { return .context }
            if equalsLiteral("@default") { return .default_ }
            if equalsLiteral("@reverse") { return .reverse }
            if equalsLiteral("@version") { return .version }
            return nil
        case 9:
            if equalsLiteral("@explicit") { return .explicit }
            if equalsLiteral("@included") { return .included }
            if equalsLiteral("@language") { return .language }
            if equalsLiteral("@preserve") { return .preserve }
            return nil
        case 10:
            if equalsLiteral("@container") { return .container }
            if equalsLiteral("@direction") { return .direction }
            if equalsLiteral("@protected") { return .protected }
            if equalsLiteral("@propagate") { return .propagate }
            return nil
        case 11:
            if equalsLiteral("@requireAll") { return .requireAll }
            return nil
        case 12:
            if equalsLiteral("@omitDefault") { return .omitDefault }
            return nil
        default:
            return nil
        }
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
