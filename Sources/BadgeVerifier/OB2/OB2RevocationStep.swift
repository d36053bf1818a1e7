import LaurelJSON
import OpenBadges

/// Signed badges are revoked through the issuer's revocation list (OB 2.0 "SignedBadge Verification",
/// step 7): the badge is revoked if the list names its `id` (or, for old badges, its `uid`). A list that
/// cannot be read leaves the question open: indeterminate, never valid.
struct OB2RevocationStep: VerificationStep {
    let session: OB2Session

    func run(_ state: inout VerificationState) async {
        let badge = session.badge
        guard let assertion = badge.assertion, badge.method == .signed, let issuer = badge.issuer else { return }
        guard let url = issuer.revocationList else {
            state.add(.passed(.ob2NotRevoked, "The issuer publishes no revocation list, so it has revoked none of its signed badges."))
            return
        }
        guard let read = await OB2Fetch.document(url, role: .revocationList, state: &state),
              case .revocationList(let list) = read.document else { return }
        let uid = assertion.extensions["uid"]?.stringValue
        let evidence: JSONObject = ["revocationList": .string(url), "id": .string(assertion.id)]
        if let entry = list.entry(forAssertion: assertion.id, uid: uid) {
            var withReason = evidence
            withReason["reason"] = entry.revocationReason.map(JSON.string) ?? .null
            state.add(.failed(.ob2Revoked, Self.revoked(by: "The issuer has revoked this badge", reason: entry.revocationReason),
                              evidence: withReason))
        } else {
            state.add(.passed(.ob2NotRevoked, "The badge is not on the issuer's revocation list.", evidence: evidence))
        }
    }

    /// "… revoked this badge." or "… revoked this badge, giving the reason "…"."
    static func revoked(by sentence: String, reason: String?) -> String {
        guard let reason, !reason.isEmpty else { return sentence + "." }
        return sentence + ", giving the reason \"\(reason)\"."
    }
}
