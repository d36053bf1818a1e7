import OpenBadges

/// Why a credential could not be issued, in words for the person issuing it.
public enum IssuanceError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidRecipient(String, String)
    case invalidIssuer(String)
    case invalidAchievement(String)
    case invalidDates(String)
    case randomnessUnavailable(String)
    case signingFailed(String)
    /// The credential cannot carry the proof asked for (a key type no suite uses, a context without the
    /// proof's terms, a suite Laurel only verifies).
    case proofUnavailable(String)

    public var description: String {
        switch self {
        case .invalidRecipient(let text, let reason): "the recipient \"\(text)\" is not usable: \(reason)"
        case .invalidIssuer(let reason): "the issuer profile is not usable: \(reason)"
        case .invalidAchievement(let reason): "the achievement is not usable: \(reason)"
        case .invalidDates(let reason): "the validity dates are not usable: \(reason)"
        case .randomnessUnavailable(let reason): "no secure random numbers are available: \(reason)"
        case .signingFailed(let reason): "signing failed: \(reason)"
        case .proofUnavailable(let reason): "the credential cannot be given this proof: \(reason)"
        }
    }
}
