import BadgeCrypto
import OpenBadges

/// What the pipeline has learned about one credential so far. Steps read it, add checks and fill in
/// what they established (the parsed JWS, the credential, the key); a step that makes further checks
/// meaningless sets `halted`.
public struct VerificationState: Sendable {
    public var format: VerificationReport.Format
    public var options: VerifierOptions
    /// The verification instant (nil when the system clock could not be read).
    public var now: DateTime?
    public var checks: [Check] = []
    /// Set when later steps cannot run (the input is not even a JWS).
    public var halted = false

    /// The compact JWS of a VC-JWT.
    public var jws: CompactJWS?
    /// The JWT payload as JSON, when it parses.
    public var jwtPayload: JSONObject?
    /// The credential document: the JSON file itself, or what the JWT payload carries.
    public var credentialJSON: JSON?
    /// The credential as the OB 3.0 model reads it, when it does.
    public var credential: AnyCredential?
    /// The key the signature is checked with, and where it came from.
    public var key: SigningPublicKey?
    public var keySource: String?

    public init(format: VerificationReport.Format, options: VerifierOptions, now: DateTime?) {
        self.format = format
        self.options = options
        self.now = now
    }

    public mutating func add(_ check: Check) { checks.append(check) }

    /// The issuer id as written in the credential document, even when the model could not read it.
    public var issuerID: String? {
        if let credential { return credential.issuerID }
        let issuer = credentialJSON?["issuer"]
        return issuer?.stringValue ?? issuer?["id"]?.stringValue
    }
}
