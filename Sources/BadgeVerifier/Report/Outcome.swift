/// The verdict on a credential.
///
/// A credential is never `valid` because a check could not run: a check that could not reach a
/// decision (an unreachable status list, a key that cannot be resolved offline) makes the outcome
/// `indeterminate` unless another check already found the credential `invalid`.
public enum Outcome: String, Sendable, CaseIterable {
    case valid
    case validWithWarnings = "valid_with_warnings"
    case invalid
    case indeterminate

    /// The CLI's exit status: 0 valid (with or without warnings), 1 invalid, 2 indeterminate.
    public var exitStatus: Int32 {
        switch self {
        case .valid, .validWithWarnings: 0
        case .invalid: 1
        case .indeterminate: 2
        }
    }
}

/// How much a single check's result weighs on the outcome.
public enum Severity: String, Sendable, CaseIterable, Comparable {
    /// The check passed; the entry records what was checked.
    case info
    /// Acceptable, but a person should know (a VC 1.1 credential, a JWT without `sub`).
    case warning
    /// The check could not reach a decision.
    case indeterminate
    /// The check failed: the credential is invalid.
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .indeterminate: 2
        case .error: 3
        }
    }
}
