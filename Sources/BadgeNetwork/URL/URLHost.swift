/// The host of a URL the fetcher may request: a name, or an address however the URL spelled it.
public enum URLHost: Sendable, Hashable, CustomStringConvertible {
    /// A DNS name, lower-cased, without a trailing dot.
    case name(String)
    case address(IPAddress)

    /// Reads a URL's host. A bracketed host is IPv6; a host whose last label is a number is IPv4 in any
    /// of the spellings that URL parsers and `inet_aton` accept — `2130706433`, `0x7f.1`, `0177.0.0.1`,
    /// `127.1` — because a resolver would connect to that address, and the policy must judge the address,
    /// not the spelling (the WHATWG URL Standard's IPv4 parser, which browsers use, reads them the same).
    public init(parsing text: Substring) throws(URLHostError) {
        guard !text.isEmpty else { throw .empty }
        if text.first == "[" {
            guard text.last == "]", text.count > 2 else { throw .malformed("an IPv6 address must be written [address]") }
            let inner = text.dropFirst().dropLast()
            guard !inner.contains("%") else { throw .malformed("zone identifiers are not fetched") }
            guard let bytes = IPAddress.parseIPv6(inner) else { throw .malformed("\(inner) is not an IPv6 address") }
            self = .address(.v6(bytes))
            return
        }
        guard text.utf8.count <= 253 + 1 else { throw .malformed("the host name is longer than 253 characters") }
        for scalar in text.unicodeScalars {
            guard scalar.isASCII else { throw .malformed("non-ASCII host names must be written in their xn-- form") }
            let ok = (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || (scalar >= "0" && scalar <= "9")
                || scalar == "-" || scalar == "." || scalar == "_"
            guard ok else { throw .malformed("the host contains \"\(scalar)\"") }
        }
        var name = text.lowercased()
        if name.hasSuffix(".") { name.removeLast() }
        let labels = name.split(separator: ".", omittingEmptySubsequences: false)
        guard !labels.contains(where: \.isEmpty) else { throw .malformed("the host has an empty label") }
        guard labels.allSatisfy({ $0.count <= 63 }) else { throw .malformed("a host label is longer than 63 characters") }
        if let last = labels.last, Self.isNumericLabel(last) {
            guard let value = Self.parseIPv4Number(labels) else {
                throw .malformed("\(text) ends in a number but is not an IPv4 address")
            }
            self = .address(.v4(value))
            return
        }
        self = .name(name)
    }

    public var description: String {
        switch self {
        case .name(let name): name
        case .address(let address): address.urlHost
        }
    }

    /// A label that makes the whole host an IPv4 address: decimal digits, or `0x` and hex digits.
    static func isNumericLabel(_ label: Substring) -> Bool {
        if label.allSatisfy({ $0 >= "0" && $0 <= "9" }) { return true }
        let lower = label.lowercased()
        guard lower.hasPrefix("0x") else { return false }
        return lower.dropFirst(2).allSatisfy(\.isHexDigit)
    }

    /// One to four parts, each decimal, octal (leading 0) or hex (0x); the last part fills the bytes
    /// the others leave.
    static func parseIPv4Number(_ labels: [Substring]) -> UInt32? {
        guard (1...4).contains(labels.count) else { return nil }
        var numbers: [UInt64] = []
        for label in labels {
            guard let number = parseIPv4Part(label) else { return nil }
            numbers.append(number)
        }
        for number in numbers.dropLast() where number > 255 { return nil }
        guard let last = numbers.last else { return nil }
        let remainingBits = UInt64(8 * (5 - numbers.count))
        guard last < (UInt64(1) << remainingBits) else { return nil }
        var value = last
        for (index, number) in numbers.dropLast().enumerated() {
            value += number << UInt64(8 * (3 - index))
        }
        return UInt32(truncatingIfNeeded: value)
    }

    static func parseIPv4Part(_ label: Substring) -> UInt64? {
        guard !label.isEmpty, label.count <= 32 else { return nil }
        let lower = label.lowercased()
        if lower.hasPrefix("0x") {
            let digits = lower.dropFirst(2)
            if digits.isEmpty { return 0 }
            return UInt64(digits, radix: 16)
        }
        if lower.count > 1, lower.hasPrefix("0") { return UInt64(lower.dropFirst(), radix: 8) }
        return UInt64(lower, radix: 10)
    }
}

/// Why a URL's host was not accepted.
public enum URLHostError: Error, Sendable, Equatable, CustomStringConvertible {
    case empty
    case malformed(String)

    public var description: String {
        switch self {
        case .empty: "the URL has no host"
        case .malformed(let reason): reason
        }
    }
}
