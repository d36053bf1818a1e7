/// A `format` value this implementation can assert, and its checker.
///
/// Checkers follow the RFCs the 2019-09 validation specification names (§7.3): RFC 3339 dates, times
/// and durations; RFC 5321/6531 e-mail; RFC 1123/5890–5892 host names; RFC 2673/4291 IP addresses;
/// RFC 3986/3987 URIs and IRIs; RFC 6570 templates; RFC 6901 and relative JSON pointers; ECMA-262
/// regular expressions; RFC 4122 UUIDs. A checker answers nil for a valid string or the reason it
/// is not valid. Non-strings always pass.
enum SchemaFormat: String, Sendable, CaseIterable {
    case dateTime = "date-time"
    case date
    case time
    case duration
    case email
    case idnEmail = "idn-email"
    case hostname
    case idnHostname = "idn-hostname"
    case ipv4
    case ipv6
    case uri
    case uriReference = "uri-reference"
    case iri
    case iriReference = "iri-reference"
    case uriTemplate = "uri-template"
    case jsonPointer = "json-pointer"
    case relativeJSONPointer = "relative-json-pointer"
    case regex
    case uuid

    init?(_ name: String) { self.init(rawValue: name) }

    var name: String { rawValue }

    /// Nil when `value` is a valid instance of the format, otherwise a short reason.
    func problem(with value: String) -> String? {
        switch self {
        case .dateTime: SchemaDateTimeFormat.checkDateTime(value)
        case .date: SchemaDateTimeFormat.checkDate(value)
        case .time: SchemaDateTimeFormat.checkTime(value)
        case .duration: SchemaDateTimeFormat.checkDuration(value)
        case .email: SchemaEmailFormat.check(value, international: false)
        case .idnEmail: SchemaEmailFormat.check(value, international: true)
        case .hostname: SchemaHostnameFormat.checkHostname(value)
        case .idnHostname: SchemaHostnameFormat.checkIDNHostname(value)
        case .ipv4: SchemaIPAddressFormat.isIPv4(Array(value.utf8)[...]) ? nil : "not a dotted-quad IPv4 address"
        case .ipv6: SchemaIPAddressFormat.isIPv6(Array(value.utf8)[...]) ? nil : "not an IPv6 address"
        case .uri: SchemaURIFormat.check(value, requireScheme: true, international: false)
        case .uriReference: SchemaURIFormat.check(value, requireScheme: false, international: false)
        case .iri: SchemaURIFormat.check(value, requireScheme: true, international: true)
        case .iriReference: SchemaURIFormat.check(value, requireScheme: false, international: true)
        case .uriTemplate: SchemaURITemplateFormat.check(value)
        case .jsonPointer: SchemaPointerFormat.isJSONPointer(Array(value.utf8)[...]) ? nil : "not a JSON pointer"
        case .relativeJSONPointer: SchemaPointerFormat.checkRelative(value)
        case .regex: Self.checkRegex(value)
        case .uuid: Self.checkUUID(value)
        }
    }

    private static func checkRegex(_ value: String) -> String? {
        do {
            _ = try ECMAScriptRegex(value)
            return nil
        } catch {
            return "not an ECMAScript regular expression: \(error)"
        }
    }

    /// RFC 4122 §3 string form: 8-4-4-4-12 hexadecimal digits, any case, any version and variant.
    private static func checkUUID(_ value: String) -> String? {
        let bytes = Array(value.utf8)
        guard bytes.count == 36 else { return "a UUID has 36 characters" }
        for (offset, byte) in bytes.enumerated() {
            if [8, 13, 18, 23].contains(offset) {
                guard byte == UInt8(ascii: "-") else { return "a UUID has hyphens at positions 9, 14, 19 and 24" }
            } else if SchemaPercentDecoding.hexValue(byte) == nil {
                return "a UUID holds only hexadecimal digits and hyphens"
            }
        }
        return nil
    }
}
