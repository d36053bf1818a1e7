import LaurelJSON
import OpenBadges

/// What checking a fetched status list credential established: the credential document (when it could
/// be read) and how far it can be trusted.
public struct StatusListCredentialVerification: Sendable, Equatable {
    public enum Trust: Sendable, Equatable {
        /// Every check passed: the proof verified and the list is within its validity window.
        case verified
        /// A check could not decide (a proof suite Laurel cannot check yet, a key it cannot resolve):
        /// the list may be genuine, but nothing proves it.
        case unchecked(String)
        /// A check failed (a signature that does not verify, a list outside its validity window, no
        /// proof at all): the list's content says nothing about the credential.
        case rejected(String)
    }

    /// The status list credential as a JSON document (for a VC-JWT, the credential in its payload).
    public var document: JSON?
    public var trust: Trust
    /// The checks run on the list credential, kept as evidence.
    public var checks: [Check]

    public init(document: JSON?, trust: Trust, checks: [Check] = []) {
        self.document = document
        self.trust = trust
        self.checks = checks
    }

    /// The trust that `checks` establish: rejected if one failed, unchecked if one could not decide.
    public static func trust(from checks: [Check]) -> Trust {
        let failed = checks.filter { $0.severity == .error }
        if !failed.isEmpty { return .rejected(failed.map(\.message).joined(separator: " ")) }
        let undecided = checks.filter { $0.severity == .indeterminate }
        if !undecided.isEmpty { return .unchecked(undecided.map(\.message).joined(separator: " ")) }
        return .verified
    }
}

/// Decides whether a fetched status list credential is genuine: its proof (or, for a VC-JWT, its
/// signature), its issuer's key and its validity window.
///
/// The verifier's default runs the same proof and date steps as for any credential, so the list gains
/// every proof suite the verifier learns. Tests (and callers with their own trust decisions) plug in
/// another implementation through `Verifier.statusListCredentialVerifier`.
public protocol StatusListCredentialVerifier: Sendable {
    func verify(_ document: FetchedDocument, options: VerifierOptions, now: DateTime?) async -> StatusListCredentialVerification
}

/// The default: the verifier's own checks of a proof and of dates, without reading the list as an
/// Open Badges credential (it is not one) and without checking its own status (which could loop).
struct PipelineStatusListCredentialVerifier: StatusListCredentialVerifier {
    let verifier: Verifier

    func verify(_ document: FetchedDocument, options: VerifierOptions, now: DateTime?) async -> StatusListCredentialVerification {
        var state = VerificationState(format: .unknown, options: options, now: now)
        let trimmed = Array(document.bytes.trimmingWhitespace())
        if trimmed.first == UInt8(ascii: "{") {
            state.format = .json
            do { state.credentialJSON = try JSON.parse(trimmed) } catch {
                return StatusListCredentialVerification(document: nil, trust: .rejected("The status list is not valid JSON: \(error.description)."))
            }
            await VerificationPipeline([DataIntegrityStep(resolver: verifier.keyResolver), ValidityWindowStep()]).run(&state)
        } else if Verifier.jwsLike(trimmed) != nil {
            state.format = .vcJWT
            await VerificationPipeline(verifier.jwtSteps(trimmed, structure: false, status: false)).run(&state)
        } else {
            return StatusListCredentialVerification(document: nil, trust: .rejected("The status list is neither a JSON credential nor a VC-JWT."))
        }
        return StatusListCredentialVerification(document: state.credentialJSON, trust: StatusListCredentialVerification.trust(from: state.checks), checks: state.checks)
    }
}
