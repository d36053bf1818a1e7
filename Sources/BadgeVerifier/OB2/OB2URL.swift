/// The parts of an http(s) URL the OB 2.0 scope rules compare: the scheme and the host.
struct OB2URL: Sendable, Equatable {
    /// `http` or `https`, lower-cased.
    let scheme: String
    /// The host (RFC 3986 reg-name or IP literal), lower-cased, without user info or port.
    let host: String

    /// Nil for anything that is not an absolute http or https URL with a host.
    init?(_ text: String) {
        guard text.utf8.count <= 8192 else { return nil }
        let lower = text.lowercased()
        let rest: Substring
        if lower.hasPrefix("https://") {
            scheme = "https"
            rest = lower.dropFirst(8)
        } else if lower.hasPrefix("http://") {
            scheme = "http"
            rest = lower.dropFirst(7)
        } else {
            return nil
        }
        var authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return nil }
            authority = authority[...close]
        } else if let colon = authority.firstIndex(of: ":") {
            authority = authority[..<colon]
        }
        guard !authority.isEmpty else { return nil }
        host = String(authority)
    }

    static func isHTTP(_ text: String) -> Bool { OB2URL(text) != nil }
}
