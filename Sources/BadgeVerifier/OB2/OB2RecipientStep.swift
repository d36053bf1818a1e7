import LaurelJSON
import OpenBadges

/// Whether the badge was awarded to the person the partner expects (OB 2.0 verification: "the
/// Assertion was awarded to a valid property value of the expected recipient"). Without an expected
/// recipient the report says what the badge names and that it was not compared.
struct OB2RecipientStep: VerificationStep {
    let session: OB2Session
    let expected: OB2.ExpectedRecipient?

    func run(_ state: inout VerificationState) async {
        guard let recipient = session.badge.assertion?.recipient else { return }
        let named = recipient.hashed ? "a hashed \(recipient.type)" : "\(recipient.type) \(recipient.identity)"
        guard let expected else {
            state.add(.passed(.ob2RecipientUnchecked,
                              "The badge was awarded to \(named). Laurel did not compare it with anyone: give the expected recipient (for example email:name@example.org) to check it.",
                              evidence: ["type": .string(recipient.type), "hashed": .bool(recipient.hashed)]))
            return
        }
        let evidence: JSONObject = ["expected": .string(expected.description), "type": .string(recipient.type)]
        if let match = expected.candidates.first(where: recipient.matches) {
            let how = match.value.isByteEqual(to: expected.value) ? "" : " (written in lower case, as the issuer stored it)"
            state.add(.passed(.ob2RecipientMatched, "The badge was awarded to \(expected)\(how).", evidence: evidence))
        } else {
            state.add(.failed(.ob2RecipientMismatch, "The badge was not awarded to \(expected): it was awarded to \(named).", evidence: evidence))
        }
    }
}
