import LaurelJSON

/// Everything the verifier found about one credential. The CLI, the HTTP API and the web page all
/// render this one value.
public struct VerificationReport: Sendable, Equatable {
    /// The form the credential arrived in.
    public enum Format: String, Sendable {
        case json
        case vcJWT = "vc-jwt"
        case png
        case svg
        case url
        case unknown
    }

    /// A short description of the credential for people: what, by whom, for whom, when.
    public struct Summary: Sendable, Equatable {
        public var id: String?
        public var types: [String] = []
        public var name: String?
        public var achievementName: String?
        public var issuerId: String?
        public var issuerName: String?
        public var subject: String?
        public var validFrom: String?
        public var validUntil: String?
        public var dataModel: String?

        public init() {}
    }

    public var format: Format
    public var summary: Summary
    public var checks: [Check]
    /// The credential as read (for JWTs, the decoded payload), when the input could be read at all.
    public var credential: JSON?

    public init(format: Format, summary: Summary = Summary(), checks: [Check] = [], credential: JSON? = nil) {
        self.format = format
        self.summary = summary
        self.checks = checks
        self.credential = credential
    }

    /// `invalid` if any check failed; otherwise `indeterminate` if any could not decide; otherwise
    /// `valid_with_warnings` if any warned; otherwise `valid`. No checks at all is `indeterminate`.
    public var outcome: Outcome {
        guard let worst = checks.map(\.severity).max() else { return .indeterminate }
        switch worst {
        case .error: return .invalid
        case .indeterminate: return .indeterminate
        case .warning: return .validWithWarnings
        case .info: return .valid
        }
    }

    /// The checks with the given code.
    public func checks(_ code: CheckCode) -> [Check] { checks.filter { $0.code == code } }

    public func has(_ code: CheckCode) -> Bool { checks.contains { $0.code == code } }
}
