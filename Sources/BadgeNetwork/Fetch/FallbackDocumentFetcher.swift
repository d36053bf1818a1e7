/// A folder of pinned documents first, then another fetcher (usually the network): for set-ups that
/// pin some documents — their own issuers', ones whose servers are gone — and fetch the rest.
///
/// Only a document the first fetcher has no place for — missing (`.notPinned`), or a URL its folder
/// cannot map (`.invalidURL`, such as one with a query) — is asked of the second, which applies its own
/// checks; any other failure of the first (an unreadable or oversized file) is the answer.
public struct FallbackDocumentFetcher: DocumentFetcher {
    public let first: any DocumentFetcher
    public let then: any DocumentFetcher

    public init(first: any DocumentFetcher, then: any DocumentFetcher) {
        self.first = first
        self.then = then
    }

    public func fetch(_ url: String, accept: [String]) async throws(FetchError) -> FetchedDocument {
        do {
            return try await first.fetch(url, accept: accept)
        } catch {
            switch error {
            case .notPinned, .invalidURL: break
            default: throw error
            }
        }
        return try await then.fetch(url, accept: accept)
    }
}
