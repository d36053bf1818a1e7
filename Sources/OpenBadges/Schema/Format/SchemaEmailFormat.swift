/// `email` (RFC 5321 §4.1.2 `Mailbox`) and `idn-email` (RFC 6531, which admits UTF-8 in the local
/// part and U-labels in the domain).
enum SchemaEmailFormat {
    static func check(_ value: String, international: Bool) -> String? {
        let scalars = Array(value.unicodeScalars)
        var index = 0
        // Local part: a quoted string or dot-separated atoms.
        if scalars.first == "\"" {
            index = 1
            var closed = false
            while index < scalars.count {
                let scalar = scalars[index]
                if scalar == "\"" { closed = true; index += 1; break }
                if scalar == "\\" {
                    guard index + 1 < scalars.count, isQuotedPairTarget(scalars[index + 1], international) else {
                        return "invalid escape in the quoted local part"
                    }
                    index += 2
                    continue
                }
                guard isQText(scalar, international) else { return "invalid character in the quoted local part" }
                index += 1
            }
            guard closed else { return "the quoted local part is not closed" }
        } else {
            var previousDot = true
            while index < scalars.count, scalars[index] != "@" {
                let scalar = scalars[index]
                if scalar == "." {
                    guard !previousDot else { return "the local part has an empty atom (leading or double dot)" }
                    previousDot = true
                } else {
                    guard isAText(scalar, international) else { return "invalid character in the local part" }
                    previousDot = false
                }
                index += 1
            }
            guard index > 0 else { return "the local part is missing" }
            guard !previousDot else { return "the local part ends with a dot" }
        }
        guard String(String.UnicodeScalarView(scalars[0..<index])).utf8.count <= 64 else {
            return "the local part has more than 64 octets"
        }
        guard index < scalars.count, scalars[index] == "@" else { return "expected '@' after the local part" }
        let domain = scalars[(index + 1)...]
        guard !domain.isEmpty else { return "the domain is missing" }
        if domain.first == "[" {
            guard domain.last == "]" else { return "an address literal needs a closing ']'" }
            return checkAddressLiteral(Array(domain.dropFirst().dropLast()))
        }
        let text = String(String.UnicodeScalarView(domain))
        if international {
            return SchemaHostnameFormat.checkIDNHostname(text).map { "invalid domain: \($0)" }
        }
        return SchemaHostnameFormat.checkHostname(text).map { "invalid domain: \($0)" }
    }

    /// `IPv4-address-literal / IPv6-address-literal / General-address-literal`
    private static func checkAddressLiteral(_ body: [Unicode.Scalar]) -> String? {
        let ascii = body.allSatisfy(\.isASCII) ? body.map { UInt8($0.value) } : []
        guard !ascii.isEmpty else { return "invalid address literal" }
        if ascii.count > 5, ascii.prefix(5).map({ $0 | 0x20 }) == Array("ipv6:".utf8) {
            return SchemaIPAddressFormat.isIPv6(ascii.dropFirst(5)) ? nil : "invalid IPv6 address literal"
        }
        if SchemaIPAddressFormat.isIPv4(ascii[...]) { return nil }
        // Standardized-tag ":" 1*dcontent
        guard let colon = ascii.firstIndex(of: UInt8(ascii: ":")), colon > 0, colon + 1 < ascii.count else {
            return "invalid address literal"
        }
        let tag = ascii[..<colon]
        let content = ascii[(colon + 1)...]
        let tagOK = tag.allSatisfy { SchemaURIFormat.isAlpha(Unicode.Scalar($0)) || SchemaURIFormat.isDigit(Unicode.Scalar($0)) || $0 == 0x2D }
            && tag.last != 0x2D
        let contentOK = content.allSatisfy { (33...90).contains($0) || (94...126).contains($0) }
        return tagOK && contentOK ? nil : "invalid address literal"
    }

    private static func isAText(_ scalar: Unicode.Scalar, _ international: Bool) -> Bool {
        if SchemaURIFormat.isAlpha(scalar) || SchemaURIFormat.isDigit(scalar) { return true }
        if "!#$%&'*+-/=?^_`{|}~".unicodeScalars.contains(scalar) { return true }
        return international && scalar.value >= 0x80
    }

    private static func isQText(_ scalar: Unicode.Scalar, _ international: Bool) -> Bool {
        let v = scalar.value
        return v == 32 || v == 33 || (35...91).contains(v) || (93...126).contains(v) || (international && v >= 0x80)
    }

    private static func isQuotedPairTarget(_ scalar: Unicode.Scalar, _ international: Bool) -> Bool {
        (32...126).contains(scalar.value) || (international && scalar.value >= 0x80)
    }
}
