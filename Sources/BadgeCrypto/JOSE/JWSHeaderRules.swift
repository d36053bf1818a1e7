import LaurelJSON

/// The checks a protected header must pass before any key is involved (RFC 7515 §4.1, RFC 7797).
enum JWSHeaderRules {
    /// Header parameters registered by RFC 7515/7516: `crit` must not list them (RFC 7515 §4.1.11).
    static let registeredNames: Set<String> = [
        "alg", "jku", "jwk", "kid", "x5u", "x5c", "x5t", "x5t#S256", "typ", "cty", "crit", "enc", "zip",
    ]

    /// Extensions Laurel implements and so may be listed in `crit`: only `b64` with its default value.
    static let understoodCriticalNames: Set<String> = ["b64"]

    static let hmacAlgorithms: Set<String> = ["HS256", "HS384", "HS512"]

    /// The algorithm of `header`, refusing `none`, HMAC and anything outside the allow-list.
    static func algorithm(of header: JSONObject) throws(JWSError) -> JWSAlgorithm {
        guard let value = header["alg"] else { throw .missingAlgorithm }
        guard case .string(let name) = value else {
            throw .invalidHeaderMember(name: "alg", reason: "must be a string, found \(value.kindName)")
        }
        if let algorithm = JWSAlgorithm(rawValue: name) { return algorithm }
        // "NONE" and other spellings are refused as unsecured too: some libraries compare without case.
        if name.lowercased() == "none" { throw .unsecuredJWS }
        if hmacAlgorithms.contains(name) { throw .hmacNotSupported(name) }
        throw .algorithmNotAllowed(name)
    }

    /// `b64`, `crit` and the types of the members Laurel reads. One pass over the header's members
    /// (this runs on every verification).
    static func checkMembers(of header: JSONObject) throws(JWSError) {
        var critical: JSON?
        for member in header {
            let value = member.value
            switch member.key {
            case "b64":
                guard case .bool(let encoded) = value else {
                    throw .invalidHeaderMember(name: "b64", reason: "must be a boolean, found \(value.kindName)")
                }
                guard encoded else { throw .unencodedPayloadNotSupported }
            case "crit":
                critical = value
            case "kid", "typ", "cty", "jku", "x5u", "x5t", "x5t#S256":
                guard value.stringValue != nil else {
                    throw .invalidHeaderMember(name: member.key, reason: "must be a string, found \(value.kindName)")
                }
            case "jwk":
                guard value.objectValue != nil else {
                    throw .invalidHeaderMember(name: "jwk", reason: "must be an object, found \(value.kindName)")
                }
            case "x5c":
                guard value.arrayValue != nil else {
                    throw .invalidHeaderMember(name: "x5c", reason: "must be an array, found \(value.kindName)")
                }
            default:
                break
            }
        }
        // After the loop so that b64: false is reported as such even when crit comes first.
        if let critical { try checkCritical(critical, in: header) }
    }

    private static func checkCritical(_ crit: JSON, in header: JSONObject) throws(JWSError) {
        guard case .array(let elements) = crit else {
            throw .malformedCritical(reason: "must be an array of strings, found \(crit.kindName)")
        }
        guard !elements.isEmpty else { throw .malformedCritical(reason: "must not be an empty array") }
        var seen: [String] = []
        for element in elements {
            guard case .string(let name) = element else {
                throw .malformedCritical(reason: "must hold only strings, found \(element.kindName)")
            }
            guard !seen.contains(name) else { throw .malformedCritical(reason: "lists \"\(name)\" twice") }
            seen.append(name)
            guard !registeredNames.contains(name) else {
                throw .malformedCritical(reason: "lists \"\(name)\", a parameter registered by RFC 7515")
            }
            guard header[name] != nil else {
                throw .malformedCritical(reason: "lists \"\(name)\", which the header does not contain")
            }
        }
        // Only a well-formed list is asked what it requires.
        for name in seen where !understoodCriticalNames.contains(name) { throw .unsupportedCriticalHeader(name) }
    }
}
