import OpenBadges

/// Settings of a verification run.
public struct VerifierOptions: Sendable {
    /// The instant to verify at; the system clock when nil. Tests and "was it valid on that day?"
    /// questions set it.
    public var now: DateTime?
    /// How far the issuer's clock may be ahead of or behind the verifier's, in seconds, before a
    /// not-yet-valid or expired credential is reported.
    public var clockSkewSeconds: Int64
    /// Controller documents (DID documents, or the JSON an https issuer publishes) the verifier may use
    /// offline, keyed by their `id`: a Data Integrity proof whose verification method is
    /// `<id>#<fragment>` is checked with the key that document lists, when it lists it for
    /// `assertionMethod`. Laurel fetches none itself.
    public var controllerDocuments: [String: JSON]

    /// Reads the remote documents verification needs (status lists, DID documents, hosted
    /// assertions). The library default touches no network; the CLI and service configure a fetch policy
    /// or a folder of pinned documents.
    public var fetcher: any DocumentFetcher

    public init(now: DateTime? = nil, clockSkewSeconds: Int64 = 300, fetcher: any DocumentFetcher = NoNetworkFetcher(),
                controllerDocuments: [String: JSON] = [:]) {
        self.now = now
        self.clockSkewSeconds = clockSkewSeconds
        self.fetcher = fetcher
        self.controllerDocuments = controllerDocuments
    }

    /// The largest input the verifier reads (a credential, JWT or baked image), in bytes.
    public static let maxInputBytes = 32 << 20
}
