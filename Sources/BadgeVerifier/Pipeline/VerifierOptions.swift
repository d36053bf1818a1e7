import OpenBadges

/// Settings of a verification run.
public struct VerifierOptions: Sendable {
    /// The instant to verify at; the system clock when nil. Tests and "was it valid on that day?"
    /// questions set it.
    public var now: DateTime?
    /// How far the issuer's clock may be ahead of or behind the verifier's, in seconds, before a
    /// not-yet-valid or expired credential is reported.
    public var clockSkewSeconds: Int64

    public init(now: DateTime? = nil, clockSkewSeconds: Int64 = 300) {
        self.now = now
        self.clockSkewSeconds = clockSkewSeconds
    }

    /// The largest input the verifier reads (a credential, JWT or baked image), in bytes.
    public static let maxInputBytes = 32 << 20
}
