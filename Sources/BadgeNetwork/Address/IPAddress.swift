/// An IPv4 or IPv6 address, as the fetch policy classifies it and as a connection is pinned to it.
///
/// Parsing is strict (`init?(literal:)`): dotted-quad IPv4 with decimal parts of at most three digits
/// and no leading zeros, and RFC 4291 §2.2 IPv6 text (with `::` and an optional trailing dotted quad),
/// no zone identifier. Looser spellings that resolvers still honour (`2130706433`, `0x7f.1`) are read
/// by `URLHost`, which knows where they come from.
public enum IPAddress: Sendable, Hashable, CustomStringConvertible {
    case v4(UInt32)
    /// The 16 bytes in network order.
    case v6([UInt8])

    /// Parses the text form of an IPv4 or IPv6 address; nil for anything else.
    public init?(literal text: String) {
        if let v4 = Self.parseDottedQuad(Substring(text)) {
            self = .v4(v4)
        } else if let v6 = Self.parseIPv6(Substring(text)) {
            self = .v6(v6)
        } else {
            return nil
        }
    }

    /// An IPv4 address from its four bytes.
    public init(_ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8) {
        self = .v4(UInt32(a) << 24 | UInt32(b) << 16 | UInt32(c) << 8 | UInt32(d))
    }

    /// The text form: dotted quad, or RFC 5952 for IPv6 (lower case, longest run of zeros as `::`).
    public var description: String {
        switch self {
        case .v4(let value): Self.dottedQuad(value)
        case .v6(let bytes): Self.ipv6Text(bytes)
        }
    }

    /// The form a URL's host takes: IPv6 in brackets.
    public var urlHost: String {
        switch self {
        case .v4: description
        case .v6: "[\(description)]"
        }
    }

    /// The IPv4 address embedded in the last 32 bits of an IPv6 address.
    var lowIPv4: UInt32? {
        guard case .v6(let bytes) = self, bytes.count == 16 else { return nil }
        return UInt32(bytes[12]) << 24 | UInt32(bytes[13]) << 16 | UInt32(bytes[14]) << 8 | UInt32(bytes[15])
    }

    static func dottedQuad(_ value: UInt32) -> String {
        "\(value >> 24).\(value >> 16 & 0xFF).\(value >> 8 & 0xFF).\(value & 0xFF)"
    }

    /// Strict dotted quad: four decimal parts 0–255, no leading zeros (which some parsers read as octal).
    static func parseDottedQuad(_ text: Substring) -> UInt32? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var value: UInt32 = 0
        for part in parts {
            guard !part.isEmpty, part.count <= 3, part.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            guard part == "0" || part.first != "0", let byte = UInt32(part), byte <= 255 else { return nil }
            value = value << 8 | byte
        }
        return value
    }

    static func parseIPv6(_ text: Substring) -> [UInt8]? {
        guard text.utf8.count <= 45, text.allSatisfy({ $0.isASCII }) else { return nil }
        var groups: [UInt16]
        if let gap = text.range(of: "::") {
            guard let left = parseGroups(text[..<gap.lowerBound], mayEndWithIPv4: false),
                  let right = parseGroups(text[gap.upperBound...], mayEndWithIPv4: true),
                  left.count + right.count <= 7
            else { return nil }
            groups = left + Array(repeating: 0, count: 8 - left.count - right.count) + right
        } else {
            guard let all = parseGroups(text, mayEndWithIPv4: true), all.count == 8 else { return nil }
            groups = all
        }
        return groups.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    }

    /// Colon-separated groups of one to four hex digits (none for empty text), the last of which may be
    /// a dotted quad counting as two groups.
    static func parseGroups(_ text: Substring, mayEndWithIPv4: Bool) -> [UInt16]? {
        guard !text.isEmpty else { return [] }
        let pieces = text.split(separator: ":", omittingEmptySubsequences: false)
        var groups: [UInt16] = []
        for (index, piece) in pieces.enumerated() {
            if mayEndWithIPv4, index == pieces.count - 1, piece.contains(".") {
                guard let v4 = parseDottedQuad(piece) else { return nil }
                groups += [UInt16(v4 >> 16), UInt16(v4 & 0xFFFF)]
                continue
            }
            guard (1...4).contains(piece.count), piece.allSatisfy(\.isHexDigit), let group = UInt16(piece, radix: 16) else {
                return nil
            }
            groups.append(group)
        }
        return groups
    }

    static func ipv6Text(_ bytes: [UInt8]) -> String {
        guard bytes.count == 16 else { return "invalid IPv6 address" }
        let groups = stride(from: 0, to: 16, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
        // The longest run of two or more zero groups (the first if tied) becomes "::" (RFC 5952 §4.2).
        var bestStart = -1, bestLength = 0, runStart = -1
        for (index, group) in groups.enumerated() {
            if group == 0 {
                if runStart < 0 { runStart = index }
                let length = index - runStart + 1
                if length > bestLength { bestStart = runStart; bestLength = length }
            } else {
                runStart = -1
            }
        }
        let hex = groups.map { String($0, radix: 16) }
        guard bestLength >= 2 else { return hex.joined(separator: ":") }
        let left = hex[..<bestStart].joined(separator: ":")
        let right = hex[(bestStart + bestLength)...].joined(separator: ":")
        return left + "::" + right
    }
}
