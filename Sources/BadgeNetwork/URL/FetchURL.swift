/// An absolute http(s) URL the fetcher may request, taken apart once (RFC 3986 §3) so every later
/// decision — which address to check, which host to pin, where a redirect leads — reads the same parts.
///
/// Strict by design: only `http` and `https`; no user information (credentials in URLs leak into logs
/// and make `https://trusted@evil/` read as trusted); no spaces, controls or backslashes (which parsers
/// disagree about); the fragment is dropped, because it is never sent.
public struct FetchURL: Sendable, Hashable, CustomStringConvertible {
    public enum Scheme: String, Sendable { case http, https }

    public let scheme: Scheme
    public let host: URLHost
    /// The port written in the URL, if any.
    public let explicitPort: Int?
    /// The path and query as written (`/` when the URL has no path).
    public let pathAndQuery: String

    /// The longest URL fetched.
    public static let maxLength = 4096

    public init(_ text: String) throws(FetchError) {
        guard text.utf8.count <= Self.maxLength else {
            throw .invalidURL(String(text.prefix(80)) + "…", reason: "longer than \(Self.maxLength) bytes")
        }
        for scalar in text.unicodeScalars where scalar.value <= 0x20 || scalar.value == 0x7F || scalar == "\\" || !scalar.isASCII {
            throw .invalidURL(text, reason: "it contains a space, control character, backslash or non-ASCII character")
        }
        guard let colon = text.firstIndex(of: ":") else { throw .invalidURL(text, reason: "it has no scheme") }
        switch text[..<colon].lowercased() {
        case "https": scheme = .https
        case "http": scheme = .http
        default: throw .invalidURL(text, reason: "only http and https URLs are fetched")
        }
        var rest = text[text.index(after: colon)...]
        guard rest.hasPrefix("//") else { throw .invalidURL(text, reason: "an http(s) URL needs //host") }
        rest = rest.dropFirst(2)
        if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        var path = String(rest[authorityEnd...])
        if path.isEmpty || path.first == "?" { path = "/" + path }
        guard !authority.contains("@") else {
            throw .invalidURL(text, reason: "URLs with a user name or password are not fetched")
        }
        var hostText = authority
        var port: Int?
        if let portColon = Self.portSeparator(authority) {
            hostText = authority[..<portColon]
            let digits = authority[authority.index(after: portColon)...]
            if !digits.isEmpty {
                guard digits.count <= 5, digits.allSatisfy({ $0 >= "0" && $0 <= "9" }), let value = Int(digits),
                      (1...65535).contains(value)
                else { throw .invalidURL(text, reason: "the port \(digits) is not a number from 1 to 65535") }
                port = value
            }
        }
        do { host = try URLHost(parsing: hostText) } catch { throw .invalidURL(text, reason: error.description) }
        explicitPort = port
        pathAndQuery = path
    }

    /// The colon before the port: the last one, unless it is inside an IPv6 literal.
    static func portSeparator(_ authority: Substring) -> Substring.Index? {
        guard let colon = authority.lastIndex(of: ":") else { return nil }
        if let close = authority.lastIndex(of: "]"), close > colon { return nil }
        return colon
    }

    /// The port connected to.
    public var port: Int { explicitPort ?? (scheme == .https ? 443 : 80) }

    /// `scheme://host[:port]`, normalised: lower-case host, IPv4 as a dotted quad.
    public var origin: String {
        let portText = explicitPort.map { ":\($0)" } ?? ""
        return "\(scheme.rawValue)://\(host)\(portText)"
    }

    /// The normalised URL that is requested.
    public var description: String { origin + pathAndQuery }
}
