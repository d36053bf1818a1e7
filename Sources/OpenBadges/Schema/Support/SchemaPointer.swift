/// A JSON Pointer (RFC 6901): a list of reference tokens.
///
/// Used for schema `$ref` fragments (`#/$defs/Achievement`) and for the instance and keyword locations
/// that validation errors carry.
struct SchemaPointer: Sendable, Hashable, CustomStringConvertible {
    /// The unescaped reference tokens.
    private(set) var tokens: [String]

    init(tokens: [String] = []) { self.tokens = tokens }

    /// Parses the string form (`""` or `/a/b~1c`). Fails on text that does not start with `/` or holds
    /// a `~` not followed by `0` or `1`.
    init?(_ text: Substring) {
        if text.isEmpty { self.tokens = []; return }
        guard text.first == "/" else { return nil }
        var tokens: [String] = []
        for raw in text.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            guard let token = Self.unescape(raw) else { return nil }
            tokens.append(token)
        }
        self.tokens = tokens
    }

    init?(_ text: String) { self.init(Substring(text)) }

    private static func unescape(_ raw: Substring) -> String? {
        guard raw.contains("~") else { return String(raw) }
        var result = ""
        var iterator = raw.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            guard scalar == "~" else { result.unicodeScalars.append(scalar); continue }
            switch iterator.next() {
            case "0": result += "~"
            case "1": result += "/"
            default: return nil
            }
        }
        return result
    }

    /// `~` becomes `~0` and `/` becomes `~1`.
    static func escape(_ token: String) -> String {
        guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return token }
        var result = ""
        for scalar in token.unicodeScalars {
            switch scalar {
            case "~": result += "~0"
            case "/": result += "~1"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    var description: String {
        var result = ""
        for token in tokens { result += "/"; result += Self.escape(token) }
        return result
    }

    func appending(_ token: String) -> SchemaPointer {
        var copy = self
        copy.tokens.append(token)
        return copy
    }

    func appending(_ other: SchemaPointer) -> SchemaPointer {
        var copy = self
        copy.tokens.append(contentsOf: other.tokens)
        return copy
    }

    /// True when `self` is `other` or lies inside it.
    func hasPrefix(_ other: SchemaPointer) -> Bool {
        guard other.tokens.count <= tokens.count else { return false }
        for (a, b) in zip(tokens, other.tokens) where !a.isByteEqual(to: b) { return false }
        return true
    }

    /// The value `self` points to inside `document`, or `nil` when a token does not match.
    ///
    /// Array tokens must be `0` or a decimal number without leading zeros (RFC 6901 §4); `-` never
    /// matches, since it names the position after the last element.
    func evaluate(in document: JSON) -> JSON? {
        var current = document
        for token in tokens {
            switch current {
            case .object(let object):
                guard let next = object[token] else { return nil }
                current = next
            case .array(let array):
                guard let index = Self.arrayIndex(token), index < array.count else { return nil }
                current = array[index]
            default:
                return nil
            }
        }
        return current
    }

    static func arrayIndex(_ token: String) -> Int? {
        let bytes = token.utf8
        guard let first = bytes.first, bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        if first == 0x30 && bytes.count > 1 { return nil }
        guard bytes.count <= 18 else { return nil }
        return Int(token)
    }

    static func == (lhs: SchemaPointer, rhs: SchemaPointer) -> Bool {
        lhs.tokens.count == rhs.tokens.count && zip(lhs.tokens, rhs.tokens).allSatisfy { $0.isByteEqual(to: $1) }
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(tokens.count)
        for token in tokens { hasher.combineBytes(of: token) }
    }
}
