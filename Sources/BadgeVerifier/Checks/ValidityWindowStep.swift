import LaurelJSON
import OpenBadges

/// The credential must be valid now: not before `validFrom`, not after `validUntil`, allowing the
/// configured clock skew.
public struct ValidityWindowStep: VerificationStep {
    public init() {}

    public func run(_ state: inout VerificationState) async {
        guard let credential = state.credential else { return }
        guard let current = state.now else {
            state.add(.undecided(.datesInvalid, "The computer's clock could not be read, so Laurel cannot tell whether the credential is valid now."))
            return
        }
        let now = current.secondsSince1970
        let skew = state.options.clockSkewSeconds
        var evidence: JSONObject = ["now": .string(current.text), "validFrom": .string(credential.validFrom.text)]
        if let until = credential.validUntil { evidence["validUntil"] = .string(until.text) }
        if credential.validFrom.secondsSince1970 > now + skew {
            state.add(.failed(.datesNotYetValid, "The credential is not valid yet: it becomes valid on \(credential.validFrom).",
                              evidence: evidence))
        } else if let until = credential.validUntil, until.secondsSince1970 < now - skew {
            state.add(.failed(.datesExpired, "The credential expired on \(until).", evidence: evidence))
        } else {
            let window = credential.validUntil.map { "until \($0)" } ?? "with no end date"
            state.add(.passed(.datesValid, "The credential is valid now (from \(credential.validFrom), \(window)).", evidence: evidence))
        }
    }
}
