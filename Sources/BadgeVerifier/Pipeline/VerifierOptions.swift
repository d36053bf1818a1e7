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

    public init(now: DateTime? = nil, clockSkewSeconds: Int64 = 300, controllerDocuments: [String: JSON] = [:]) {
        self.now = now
        self.clockSkewSeconds = clockSkewSeconds
        self.controllerDocuments = controllerDocuments
    }

    /// The largest input the verifier reads (a credential, JWT or baked image), in bytes.
    public static let maxInputBytes = 32 << 20
}
