import Foundation

/// Answers URLs from a folder of pinned documents, for offline verification and tests:
/// `https://example.org/issuers/1.json` is read from `DIR/example.org/issuers/1.json`. A URL with a
/// port maps to `DIR/host:port/…`; a path ending in `/` (or empty) maps to `…/index.json`; query strings
/// are not supported. `did:web` resolution goes through the same mapping via its https URL.
public struct PinnedDocumentFetcher: DocumentFetcher {
    public let directory: URL
    /// The largest file served.
    public let maxBytes: Int

    public init(directory: URL, maxBytes: Int = 8 << 20) {
        self.directory = directory
        self.maxBytes = maxBytes
    }

    /// The file a URL maps to, or why it maps to none.
    public func path(for url: String) throws(FetchError) -> URL {
        let rest: Substring
        if url.hasPrefix("https://") {
            rest = url.dropFirst("https://".count)
        } else if url.hasPrefix("http://") {
            rest = url.dropFirst("http://".count)
        } else {
            throw .invalidURL(url, reason: "only http and https URLs map to pinned files")
        }
        let withoutFragment = rest.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? rest
        guard !withoutFragment.contains("?") else { throw .invalidURL(url, reason: "pinned documents cannot have a query") }
        var components = withoutFragment.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard let host = components.first, !host.isEmpty else { throw .invalidURL(url, reason: "no host") }
        components[0] = host.lowercased()
        if components.count == 1 {
            components.append("index.json")
        } else if components.last == "" {
            components[components.count - 1] = "index.json"
        }
        for component in components where component == ".." || component == "." || component.contains("\0") {
            throw .invalidURL(url, reason: "the path may not contain . or .. segments")
        }
        var file = directory
        for component in components { file.appendPathComponent(component) }
        return file
    }

    public func fetch(_ url: String, accept: [String]) async throws(FetchError) -> FetchedDocument {
        let file = try path(for: url)
        guard let handle = try? FileHandle(forReadingFrom: file) else { throw .notPinned(url, path: file.path) }
        defer { try? handle.close() }
        let data: Data
        do { data = try handle.read(upToCount: maxBytes + 1) ?? Data() } catch {
            throw .unreachable(url, reason: "cannot read \(file.path): \(error.localizedDescription)")
        }
        guard data.count <= maxBytes else {
            throw .unacceptable(url, reason: "the pinned file is larger than \(maxBytes) bytes")
        }
        return FetchedDocument(url: url, bytes: Array(data), contentType: Self.contentType(of: file))
    }

    static func contentType(of file: URL) -> String? {
        switch file.pathExtension.lowercased() {
        case "json": "application/json"
        case "jsonld": "application/ld+json"
        case "jwt": "application/jwt"
        case "png": "image/png"
        case "svg": "image/svg+xml"
        case "pem": "application/x-pem-file"
        default: nil
        }
    }
}
