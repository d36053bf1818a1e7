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

    /// `b64`, `crit` and the types of the members Laurel reads.
    static func checkMembers(of header: JSONObject) throws(JWSError) {
        if let b64 = header["b64"] {
            guard case .bool(let encoded) = b64 else {
                throw .invalidHeaderMember(name: "b64", reason: "must be a boolean, found \(b64.kindName)")
            }
            guard encoded else { throw .unencodedPayloadNotSupported }
        }
        if let crit = header["crit"] { try checkCritical(crit, in: header) }
        for name in ["kid", "typ", "cty", "jku", "x5u", "x5t", "x5t#S256"] {
            if let value = header[name], value.stringValue == nil {
                throw .invalidHeaderMember(name: name, reason: "must be a string, found \(value.kindName)")
            }
        }
        if let jwk = header["jwk"], jwk.objectValue == nil {
            throw .invalidHeaderMember(name: "jwk", reason: "must be an object, found \(jwk.kindName)")
        }
        if let x5c = header["x5c"], x5c.arrayValue == nil {
            throw .invalidHeaderMember(name: "x5c", reason: "must be an array, found \(x5c.kindName)")
        }
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
