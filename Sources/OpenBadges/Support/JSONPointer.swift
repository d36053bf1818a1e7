/// A JSON Pointer (RFC 6901) naming a place in a document, such as `/credentialSubject/achievement/criteria`.
///
/// Decoding errors carry one so that a person (or a report) can find the offending value without guessing.
/// The root of the document is the empty pointer, shown as `""`.
public struct JSONPointer: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The reference tokens, unescaped: `["credentialSubject", "achievement"]`.
    public let tokens: [String]

    public init(tokens: [String] = []) { self.tokens = tokens }

    /// Parses the escaped form (`/a~1b/c` gives the tokens `a/b`, `c`). A string that does not start with
    /// `/` is taken as a single token, so a literal is never rejected.
    public init(stringLiteral value: String) {
        if value.isEmpty {
            tokens = []
        } else if value.hasPrefix("/") {
            tokens = value.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map { part in
                // RFC 6901 §4: "~1" before "~0", so that "~01" becomes "~1" and not "/".
                String(part).replacingAll("~1", with: "/").replacingAll("~0", with: "~")
            }
        } else {
            tokens = [value]
        }
    }

    public static let root = JSONPointer()

    public func appending(_ key: String) -> JSONPointer { JSONPointer(tokens: tokens + [key]) }

    public func appending(_ index: Int) -> JSONPointer { JSONPointer(tokens: tokens + [String(index)]) }

    /// The escaped form: each token prefixed by `/`, with `~` written `~0` and `/` written `~1`.
    public var description: String {
        tokens.map { "/" + $0.replacingAll("~", with: "~0").replacingAll("/", with: "~1") }.joined()
    }

    /// The value this pointer names inside `document`, or `nil` when it names nothing.
    public func resolve(in document: JSON) -> JSON? {
        var current = document
        for token in tokens {
            switch current {
            case .object(let object):
                guard let next = object[token] else { return nil }
                current = next
            case .array(let array):
                guard let index = Int(token), String(index) == token, array.indices.contains(index) else { return nil }
                current = array[index]
            default:
                return nil
            }
        }
        return current
    }
}

extension String {
    /// Replaces every occurrence of `target` (compared by UTF-8 bytes) without Foundation.
    func replacingAll(_ target: String, with replacement: String) -> String {
        let source = Array(utf8), pattern = Array(target.utf8)
        guard !pattern.isEmpty, source.count >= pattern.count else { return self }
        var out: [UInt8] = []
        out.reserveCapacity(source.count)
        var i = 0
        while i < source.count {
            if i + pattern.count <= source.count, source[i..<(i + pattern.count)].elementsEqual(pattern) {
                out.append(contentsOf: replacement.utf8)
                i += pattern.count
            } else {
                out.append(source[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
