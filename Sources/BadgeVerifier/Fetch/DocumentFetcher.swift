/// A document read from a URL on the verifier's behalf: a status list, a DID document, an issuer
/// profile, a hosted OB 2.0 assertion.
public struct FetchedDocument: Sendable, Equatable {
    /// The URL the bytes finally came from (after redirects).
    public var url: String
    public var bytes: [UInt8]
    /// The media type without parameters, lower-cased (`application/json`), when known.
    public var contentType: String?

    public init(url: String, bytes: [UInt8], contentType: String? = nil) {
        self.url = url
        self.bytes = bytes
        self.contentType = contentType
    }
}

/// Why a document could not be read. Each case says whether the verifier may treat the answer as a
/// fact about the credential (a 404 or 410 from the issuer's own server) or only as a failure to look
/// (a timeout, a refused address): the latter makes a check `indeterminate`, never `invalid`.
public enum FetchError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The URL is malformed or uses a scheme Laurel does not fetch.
    case invalidURL(String, reason: String)
    /// The fetch policy forbids it (a private or loopback address, the network turned off).
    case refused(String, reason: String)
    /// No answer: DNS failure, connection refused, timeout, TLS failure.
    case unreachable(String, reason: String)
    /// The server answered with a non-success status (404, 410, 500…).
    case httpStatus(Int, url: String)
    /// The answer broke a limit (size, redirects) or had the wrong content type.
    case unacceptable(String, reason: String)
    /// An offline document folder has no file for the URL.
    case notPinned(String, path: String)

    public var url: String {
        switch self {
        case .invalidURL(let url, _), .refused(let url, _), .unreachable(let url, _), .httpStatus(_, let url),
             .unacceptable(let url, _), .notPinned(let url, _): url
        }
    }

    public var description: String {
        switch self {
        case .invalidURL(let url, let reason): "\(url) is not a URL Laurel fetches: \(reason)"
        case .refused(let url, let reason): "Laurel did not fetch \(url): \(reason)"
        case .unreachable(let url, let reason): "\(url) could not be reached: \(reason)"
        case .httpStatus(let status, let url): "\(url) answered with HTTP status \(status)"
        case .unacceptable(let url, let reason): "the answer from \(url) was refused: \(reason)"
        case .notPinned(let url, let path): "\(url) is not in the offline document folder (expected \(path))"
        }
    }
}

/// Reads documents for verification. Every network read of the verifier goes through one of these, so
/// that one policy (time-outs, size and redirect caps, no private addresses) applies everywhere, and
/// tests and offline use can answer from files instead.
public protocol DocumentFetcher: Sendable {
    /// Fetches `url`. `accept` lists acceptable media types, most preferred first.
    func fetch(_ url: String, accept: [String]) async throws(FetchError) -> FetchedDocument
}

/// The fetcher of a verifier that must not touch the network: every fetch is refused, so checks that
/// need a remote document end `indeterminate` with a message that says why.
public struct NoNetworkFetcher: DocumentFetcher {
    public init() {}

    public func fetch(_ url: String, accept: [String]) async throws(FetchError) -> FetchedDocument {
        throw .refused(url, reason: "network access is turned off for this verification")
    }
}
