/// RFC 6570 URI Template syntax (§2): literals and `{operator varspec,…}` expressions.
enum SchemaURITemplateFormat {
    static func check(_ value: String) -> String? {
        let scalars = Array(value.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "{" {
                guard let close = scalars[index...].firstIndex(of: "}") else { return "an expression is not closed" }
                if let problem = checkExpression(scalars[(index + 1)..<close]) { return problem }
                index = close + 1
                continue
            }
            if scalar == "%" {
                guard index + 2 < scalars.count, SchemaURIFormat.isHexDigit(scalars[index + 1]),
                      SchemaURIFormat.isHexDigit(scalars[index + 2]) else { return "invalid percent-encoding" }
                index += 3
                continue
            }
            guard isLiteral(scalar) else { return "'\(scalar.escaped(asASCII: true))' is not allowed in a template literal" }
            index += 1
        }
        return nil
    }

    /// RFC 6570 `literals`, plus the apostrophe: RFC 6570 leaves it out, but it is an RFC 3986 sub-delim
    /// and the JSON Schema test suite expects it to be accepted.
    private static func isLiteral(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21, 0x23...0x24, 0x26...0x3B, 0x3D, 0x3F...0x5B, 0x5D, 0x5F, 0x61...0x7A, 0x7E: true
        default: SchemaURIFormat.isUCSChar(scalar) || SchemaURIFormat.isPrivateUse(scalar)
        }
    }

    private static func checkExpression(_ body: ArraySlice<Unicode.Scalar>) -> String? {
        var rest = body
        if let first = rest.first, "+#./;?&=,!@|".unicodeScalars.contains(first) {
            // `=,!@|` are reserved for future extensions and not valid operators today.
            guard "+#./;?&".unicodeScalars.contains(first) else { return "reserved operator '\(first)'" }
            rest = rest.dropFirst()
        }
        guard !rest.isEmpty else { return "an expression needs a variable" }
        for varspec in rest.split(separator: ",", omittingEmptySubsequences: false) {
            if let problem = checkVarspec(varspec) { return problem }
        }
        return nil
    }

    /// `varname [ ":" max-length / "*" ]`, `varname = varchar *( ["."] varchar )`.
    private static func checkVarspec(_ spec: ArraySlice<Unicode.Scalar>) -> String? {
        var name = spec
        if name.last == "*" {
            name = name.dropLast()
        } else if let colon = name.firstIndex(of: ":") {
            let length = name[(colon + 1)...]
            guard (1...4).contains(length.count), length.allSatisfy(SchemaURIFormat.isDigit), length.first != "0" else {
                return "a prefix length is 1 to 9999 without leading zeros"
            }
            name = name[..<colon]
        }
        guard !name.isEmpty, name.first != ".", name.last != "." else { return "invalid variable name" }
        var index = name.startIndex
        var previousDot = false
        while index < name.endIndex {
            let scalar = name[index]
            if scalar == "." {
                guard !previousDot else { return "invalid variable name" }
                previousDot = true
                index += 1
                continue
            }
            previousDot = false
            if scalar == "%" {
                guard index + 2 < name.endIndex, SchemaURIFormat.isHexDigit(name[index + 1]),
                      SchemaURIFormat.isHexDigit(name[index + 2]) else { return "invalid percent-encoding in a variable name" }
                index += 3
                continue
            }
            guard SchemaURIFormat.isAlpha(scalar) || SchemaURIFormat.isDigit(scalar) || scalar == "_" else {
                return "invalid character in a variable name"
            }
            index += 1
        }
        return nil
    }
}
