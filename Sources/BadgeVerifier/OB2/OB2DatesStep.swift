import LaurelJSON
import OpenBadges

/// An assertion must have been issued by now and not have expired (`issuedOn`, `expires`), allowing
/// the configured clock skew; an expiry before the issue date is a broken badge.
struct OB2DatesStep: VerificationStep {
    let session: OB2Session

    func run(_ state: inout VerificationState) async {
        guard let assertion = session.badge.assertion else { return }
        let issued = assertion.issuedOn
        var evidence: JSONObject = ["issuedOn": .string(issued.text)]
        if let expires = assertion.expires { evidence["expires"] = .string(expires.text) }
        if let expires = assertion.expires, expires.secondsSince1970 < issued.secondsSince1970 {
            state.add(.failed(.datesInvalid, "The badge expires (\(expires)) before it was issued (\(issued)).", evidence: evidence))
        }
        guard let current = state.now else {
            state.add(.undecided(.datesInvalid, "The computer's clock could not be read, so Laurel cannot tell whether the badge is valid now.",
                                 evidence: evidence))
            return
        }
        evidence["now"] = .string(current.text)
        let now = current.secondsSince1970, skew = state.options.clockSkewSeconds
        if issued.secondsSince1970 > now + skew {
            state.add(.failed(.datesNotYetValid, "The badge says it was issued on \(issued), which is in the future.", evidence: evidence))
        } else if let expires = assertion.expires, expires.secondsSince1970 < now - skew {
            state.add(.failed(.datesExpired, "The badge expired on \(expires).", evidence: evidence))
        } else {
            let window = assertion.expires.map { "until \($0)" } ?? "with no end date"
            state.add(.passed(.datesValid, "The badge was issued on \(issued) and is valid now (\(window)).", evidence: evidence))
        }
    }
}
