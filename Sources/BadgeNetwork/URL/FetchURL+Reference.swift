extension FetchURL {
    /// The URL a `Location` header leads to, resolved against this one (RFC 3986 §5.2): absolute URLs,
    /// `//host/path`, `/path`, relative paths and `?query`. The result is parsed as strictly as any URL.
    public func resolving(_ reference: String) throws(FetchError) -> FetchURL {
        let trimmed = reference.trimmingSpaces
        guard !trimmed.isEmpty else { throw .invalidURL(description, reason: "the redirect has an empty Location") }
        let withoutFragment = trimmed.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        if Self.hasScheme(withoutFragment) { return try FetchURL(withoutFragment) }
        if withoutFragment.hasPrefix("//") { return try FetchURL("\(scheme.rawValue):\(withoutFragment)") }
        let (basePath, _) = Self.splitQuery(pathAndQuery)
        let target: String
        if withoutFragment.isEmpty {
            target = pathAndQuery
        } else if withoutFragment.hasPrefix("?") {
            target = basePath + withoutFragment
        } else {
            let (refPath, refQuery) = Self.splitQuery(withoutFragment)
            let merged: String
            if refPath.hasPrefix("/") {
                merged = refPath
            } else {
                let directory = basePath.lastIndex(of: "/").map { String(basePath[...$0]) } ?? "/"
                merged = directory + refPath
            }
            target = Self.removingDotSegments(merged) + (refQuery.map { "?" + $0 } ?? "")
        }
        return try FetchURL(origin + target)
    }

    /// True when the reference starts with `scheme:` (RFC 3986 §3.1) rather than a path.
    static func hasScheme(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), let first = text.first, first.isLetter else { return false }
        return text[..<colon].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
    }

    static func splitQuery(_ text: String) -> (path: String, query: String?) {
        guard let mark = text.firstIndex(of: "?") else { return (text, nil) }
        return (String(text[..<mark]), String(text[text.index(after: mark)...]))
    }

    /// RFC 3986 §5.2.4.
    static func removingDotSegments(_ path: String) -> String {
        var output: [Substring] = []
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        for (index, segment) in segments.enumerated() {
            let isLast = index == segments.count - 1
            switch segment {
            case ".":
                if isLast { output.append("") }
            case "..":
                if output.count > 1 { output.removeLast() }
                if isLast { output.append("") }
            default:
                output.append(segment)
            }
        }
        let joined = output.joined(separator: "/")
        return joined.hasPrefix("/") ? joined : "/" + joined
    }
}

extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return String(text)
    }
}
