import AsyncHTTPClient
import NIOCore
import NIOPosix
import NIOSSL

/// Reads documents over HTTP(S) under one `HTTPFetchPolicy`: the live fetcher of the CLI and the
/// service.
///
/// For each request, and again for each redirect: the URL must be http(s) without credentials; the host
/// is resolved here and every address checked against the special-purpose tables; the connection is then
/// made to a checked address (AsyncHTTPClient's `dnsOverride` pins the name to it, while TLS still
/// verifies the certificate for the name), so a DNS answer that changes between the check and the
/// connection (DNS rebinding) is never used. Redirects are followed by this type, not by the client, so
/// each target is checked the same way and https never leads to http. The response must have an
/// acceptable status and media type, and its body is streamed into a buffer that stops at the size cap.
/// One deadline covers the whole fetch.
///
/// Each hop uses its own short-lived client, so no pooled connection to an address checked for one
/// URL is reused for another.
public struct HTTPDocumentFetcher: DocumentFetcher {
    public let policy: HTTPFetchPolicy
    /// Recently fetched documents; nil to fetch every time.
    public let cache: FetchCache?
    let gate: AddressGate
    let tlsConfiguration: TLSConfiguration?

    /// - Parameters:
    ///   - resolver: how host names become addresses; the system resolver unless a test plays DNS.
    ///   - tlsConfiguration: the TLS settings; the system trust store when nil. Tests add their own root.
    public init(
        policy: HTTPFetchPolicy = HTTPFetchPolicy(), cache: FetchCache? = nil, resolver: any HostResolver = SystemHostResolver(),
        tlsConfiguration: TLSConfiguration? = nil
    ) {
        self.policy = policy
        self.cache = cache
        gate = AddressGate(allowPrivateNetwork: policy.allowPrivateNetwork, privateNetworkHosts: policy.privateNetworkHosts,
                           resolver: resolver)
        self.tlsConfiguration = tlsConfiguration
    }

    public func fetch(_ url: String, accept: [String]) async throws(FetchError) -> FetchedDocument {
        let start = try FetchURL(url)
        if let cached = cache?.document(for: start.description, accept: accept) { return cached }
        let timeout = policy.totalTimeout
        let document: FetchedDocument
        do {
            document = try await withThrowingTaskGroup(of: FetchedDocument.self) { group in
                group.addTask { try await self.follow(start, requested: url, accept: accept) }
                group.addTask {
                    try await Task.sleep(for: timeout)
                    throw FetchError.unreachable(url, reason: "no complete answer within \(Self.seconds(timeout)) (the fetch time-out)")
                }
                defer { group.cancelAll() }
                guard let first = try await group.next() else {
                    throw FetchError.unreachable(url, reason: "the fetch ended without an answer")
                }
                return first
            }
        } catch let error as FetchError {
            throw error
        } catch is CancellationError {
            throw .unreachable(url, reason: "the fetch was cancelled")
        } catch {
            throw .unreachable(url, reason: "\(error)")
        }
        cache?.store(document, for: start.description, accept: accept)
        return document
    }

    /// Requests `start` and follows redirects, checking each target.
    func follow(_ start: FetchURL, requested: String, accept: [String]) async throws(FetchError) -> FetchedDocument {
        var current = start
        var redirects = 0
        while true {
            if current.scheme == .http, !policy.allowHTTP {
                throw .refused(requested, reason: "\(current) is plain http, which this policy does not fetch")
            }
            let addresses = try await gate.addresses(for: current, requested: requested)
            let exchange = HTTPExchange(policy: policy, tlsConfiguration: tlsConfiguration, url: current, requested: requested,
                                        accept: accept)
            switch try await exchange.run(connectingTo: addresses) {
            case .document(let bytes, let contentType):
                return FetchedDocument(url: current.description, bytes: bytes, contentType: contentType)
            case .redirect(let location):
                guard redirects < policy.redirectCap else {
                    throw .unacceptable(requested, reason: "more than \(policy.redirectCap) redirects (the last to \(current))")
                }
                let next: FetchURL
                do { next = try current.resolving(location) } catch {
                    throw .unacceptable(requested, reason: "\(current) redirects to a URL Laurel does not fetch: \(error.reasonText)")
                }
                if current.scheme == .https, next.scheme == .http {
                    throw .refused(requested, reason: "\(current) redirects from https to plain http (\(next)), which would drop the protection of TLS")
                }
                redirects += 1
                current = next
            }
        }
    }

    static func seconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let milliseconds = Int64(seconds) * 1000 + attoseconds / 1_000_000_000_000_000
        return milliseconds % 1000 == 0 ? "\(milliseconds / 1000) s" : "\(milliseconds) ms"
    }
}
