/// The one policy every network read of the verifier follows.
///
/// The defaults suit a verifier that reads small JSON documents (DID documents, key sets, status lists,
/// hosted assertions) from servers it has never seen, on behalf of credentials it does not trust yet.
public struct HTTPFetchPolicy: Sendable {
    /// Time allowed to open a TCP (and TLS) connection to one address.
    public var connectTimeout: Duration
    /// Time allowed for one whole fetch, redirects and body included: a server that trickles bytes cannot
    /// hold a verification longer than this.
    public var totalTimeout: Duration
    /// The largest response body read; reading stops as soon as it is exceeded.
    public var maxBodyBytes: Int
    /// How many redirects are followed before the fetch is refused.
    public var maxRedirects: Int
    /// Whether private, loopback, link-local and other special-purpose addresses may be fetched from.
    /// Off by default: a credential must not make the verifier probe its own network. Turn it on for an
    /// issuer on the same private network, or for tests against a local server.
    public var allowPrivateNetwork: Bool
    /// Host names that may resolve to private addresses even when `allowPrivateNetwork` is off — an
    /// issuer on the organisation's own network — without opening every private address to every
    /// credential. Lower case, without a trailing dot. Address literals are never exempted.
    public var privateNetworkHosts: Set<String>
    /// Whether plain http URLs are fetched at all (redirects from https to http never are).
    public var allowHTTP: Bool
    /// The `User-Agent` header.
    public var userAgent: String

    public init(
        connectTimeout: Duration = .seconds(5), totalTimeout: Duration = .seconds(15), maxBodyBytes: Int = 2 << 20,
        maxRedirects: Int = 5, allowPrivateNetwork: Bool = false, privateNetworkHosts: Set<String> = [], allowHTTP: Bool = true,
        userAgent: String = LaurelVersion.userAgent
    ) {
        self.privateNetworkHosts = privateNetworkHosts
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.maxBodyBytes = maxBodyBytes
        self.maxRedirects = maxRedirects
        self.allowPrivateNetwork = allowPrivateNetwork
        self.allowHTTP = allowHTTP
        self.userAgent = userAgent
    }

    /// The largest body any policy may allow; larger settings are lowered to it.
    public static let maxBodyBytesLimit = 64 << 20
    /// The most redirects any policy may follow.
    public static let maxRedirectsLimit = 20

    /// The body cap actually applied.
    var bodyCap: Int { min(max(maxBodyBytes, 0), Self.maxBodyBytesLimit) }
    /// The redirect cap actually applied.
    var redirectCap: Int { min(max(maxRedirects, 0), Self.maxRedirectsLimit) }
}
