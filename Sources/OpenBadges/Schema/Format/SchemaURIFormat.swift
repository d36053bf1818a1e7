/// RFC 3986 `URI`/`URI-reference` and RFC 3987 `IRI`/`IRI-reference` grammar checks.
enum SchemaURIFormat {
    static func check(_ value: String, requireScheme: Bool, international: Bool) -> String? {
        let scalars = Array(value.unicodeScalars)
        var rest = scalars[...]
        if let hash = rest.firstIndex(of: "#") {
            guard allValid(rest[(hash + 1)...], extra: "/?", international: international, privateUse: false) else {
                return "invalid character or percent-encoding in the fragment"
            }
            rest = rest[..<hash]
        }
        if let question = rest.firstIndex(of: "?") {
            guard allValid(rest[(question + 1)...], extra: "/?", international: international, privateUse: true) else {
                return "invalid character or percent-encoding in the query"
            }
            rest = rest[..<question]
        }
        var hasScheme = false
        if let colon = rest.firstIndex(of: ":"), !rest[..<colon].contains("/") {
            let scheme = rest[..<colon]
            if isScheme(scheme) {
                hasScheme = true
                rest = rest[(colon + 1)...]
            } else if requireScheme {
                return "the scheme is missing or malformed"
            }
            // Otherwise a relative reference whose first segment holds a colon: rejected below.
        }
        if requireScheme && !hasScheme { return "a URI needs a scheme" }
        if rest.starts(with: ["/", "/"]) {
            let afterSlashes = rest.index(rest.startIndex, offsetBy: 2)
            let end = rest[afterSlashes...].firstIndex(of: "/") ?? rest.endIndex
            if let problem = checkAuthority(rest[afterSlashes..<end], international: international) { return problem }
            rest = rest[end...]
        } else if !hasScheme {
            let firstSegmentEnd = rest.firstIndex(of: "/") ?? rest.endIndex
            if rest[..<firstSegmentEnd].contains(":") {
                return "the first segment of a relative reference cannot contain ':'"
            }
        }
        guard allValid(rest, extra: "/", international: international, privateUse: false) else {
            return "invalid character or percent-encoding in the path"
        }
        return nil
    }

    /// `ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )`
    static func isScheme(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = scalars.first, isAlpha(first) else { return false }
        return scalars.dropFirst().allSatisfy { isAlpha($0) || isDigit($0) || "+-.".unicodeScalars.contains($0) }
    }

    /// `[ userinfo "@" ] host [ ":" port ]`
    static func checkAuthority(_ authority: ArraySlice<Unicode.Scalar>, international: Bool) -> String? {
        var rest = authority
        if let at = rest.firstIndex(of: "@") {
            guard allValid(rest[..<at], extra: ":", international: international, privateUse: false,
                           allowColonAndAt: false) else {
                return "invalid character in the user information"
            }
            rest = rest[(at + 1)...]
        }
        if rest.first == "[" {
            guard let close = rest.firstIndex(of: "]") else { return "an IP literal needs a closing ']'" }
            let literal = rest[(rest.startIndex + 1)..<close]
            guard isIPLiteral(literal) else { return "invalid IP literal" }
            rest = rest[(close + 1)...]
            guard rest.isEmpty || rest.first == ":" else { return "unexpected characters after the IP literal" }
        } else {
            let hostEnd = rest.lastIndex(of: ":") ?? rest.endIndex
            let host = rest[..<hostEnd]
            for scalar in host {
                if scalar == "%" { continue }
                guard isUnreserved(scalar, international: international) || isSubDelim(scalar) else {
                    return "invalid character in the host"
                }
            }
            guard percentEncodingsValid(host) else { return "invalid percent-encoding in the host" }
            rest = rest[hostEnd...]
        }
        if rest.first == ":" {
            guard rest.dropFirst().allSatisfy(isDigit) else { return "the port must be decimal digits" }
        }
        return nil
    }

    /// `IPv6address / IPvFuture`
    static func isIPLiteral(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        if let first = scalars.first, first == "v" || first == "V" {
            guard let dot = scalars.firstIndex(of: ".") else { return false }
            let version = scalars[(scalars.startIndex + 1)..<dot]
            let tail = scalars[(dot + 1)...]
            return !version.isEmpty && version.allSatisfy(isHexDigit) && !tail.isEmpty
                && tail.allSatisfy { isUnreserved($0, international: false) || isSubDelim($0) || $0 == ":" }
        }
        guard scalars.allSatisfy(\.isASCII) else { return false }
        return SchemaIPAddressFormat.isIPv6(ArraySlice(scalars.map { UInt8($0.value) }))
    }

    /// Every scalar is a `pchar`, `extra`, or a valid percent-encoding; IRIs also allow `ucschar`,
    /// and queries `iprivate`.
    static func allValid(_ scalars: ArraySlice<Unicode.Scalar>, extra: String, international: Bool, privateUse: Bool,
                         allowColonAndAt: Bool = true) -> Bool {
        for scalar in scalars {
            if scalar == "%" { continue }
            if isUnreserved(scalar, international: international) || isSubDelim(scalar) { continue }
            if scalar == ":" { continue }
            if scalar == "@" && allowColonAndAt { continue }
            if extra.unicodeScalars.contains(scalar) { continue }
            if international && privateUse && isPrivateUse(scalar) { continue }
            return false
        }
        return percentEncodingsValid(scalars)
    }

    static func percentEncodingsValid(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var index = scalars.startIndex
        while index < scalars.endIndex {
            if scalars[index] == "%" {
                guard index + 2 < scalars.endIndex, isHexDigit(scalars[index + 1]), isHexDigit(scalars[index + 2]) else {
                    return false
                }
                index += 3
            } else {
                index += 1
            }
        }
        return true
    }

    static func isUnreserved(_ scalar: Unicode.Scalar, international: Bool) -> Bool {
        if isAlpha(scalar) || isDigit(scalar) || "-._~".unicodeScalars.contains(scalar) { return true }
        return international && isUCSChar(scalar)
    }

    static func isSubDelim(_ scalar: Unicode.Scalar) -> Bool { "!$&'()*+,;=".unicodeScalars.contains(scalar) }
    static func isAlpha(_ s: Unicode.Scalar) -> Bool { (s >= "A" && s <= "Z") || (s >= "a" && s <= "z") }
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s >= "0" && s <= "9" }
    static func isHexDigit(_ s: Unicode.Scalar) -> Bool {
        isDigit(s) || (s >= "A" && s <= "F") || (s >= "a" && s <= "f")
    }

    /// RFC 3987 `ucschar`.
    static func isUCSChar(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if (0xA0...0xD7FF).contains(v) || (0xF900...0xFDCF).contains(v) || (0xFDF0...0xFFEF).contains(v) { return true }
        guard v >= 0x10000, v <= 0xEFFFD else { return false }
        // Each plane 1–14 except its last two code points (…FFFE, …FFFF); plane 14 starts at E1000.
        if v >= 0xE0000 && v < 0xE1000 { return false }
        return v & 0xFFFF <= 0xFFFD
    }

    /// RFC 3987 `iprivate`.
    static func isPrivateUse(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (0xE000...0xF8FF).contains(v) || (0xF0000...0xFFFFD).contains(v) || (0x100000...0x10FFFD).contains(v)
    }
}
