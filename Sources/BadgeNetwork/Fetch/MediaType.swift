/// The media-type checks of the fetch policy.
enum MediaType {
    /// `type/subtype` of a Content-Type value, lower-cased, without parameters; nil when malformed.
    static func essence(of header: String) -> String? {
        let value = header.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let essence = value.trimmingSpaces.lowercased()
        let parts = essence.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty,
              essence.allSatisfy({ $0.isASCII && !$0.isWhitespace })
        else { return nil }
        return essence
    }

    /// True when `type` is one of `accept` (`type/*` and `*/*` match as in HTTP). An empty list accepts
    /// anything.
    static func isAcceptable(_ type: String?, accept: [String]) -> Bool {
        guard !accept.isEmpty else { return true }
        for entry in accept {
            let wanted = entry.lowercased()
            if wanted == "*/*" { return true }
            guard let type else { continue }
            if wanted == type { return true }
            if wanted.hasSuffix("/*"), type.hasPrefix(wanted.dropLast()) { return true }
        }
        return false
    }
}
