import LaurelJSON
import OpenBadges

/// The verification scope of hosted badges (OB 2.0 "HostedBadge Verification"): a hosted assertion
/// counts only if its `id` lies where its issuer says its badges live. The issuer's `verification`
/// may list `allowedOrigins` (host names) and `startsWith` (prefixes); without `allowedOrigins` the
/// origin is the host of the issuer profile, and without any policy the badge class must be hosted
/// there too. Otherwise anyone could host an assertion of a well-known issuer's badge class.
struct OB2ScopeStep: VerificationStep {
    let session: OB2Session

    func run(_ state: inout VerificationState) async {
        let badge = session.badge
        guard let assertion = badge.assertion, badge.method == .hosted, let issuer = badge.issuer,
              let assertionURL = OB2URL(assertion.id) else { return }
        let policy = issuer.verification
        var evidence: JSONObject = ["id": .string(assertion.id), "issuer": .string(issuer.id)]
        if let policy, !policy.usesIDProperty {
            state.add(.failed(.ob2ScopeViolation,
                              "The issuer's verification rules check the property \(policy.verificationProperty ?? ""), but Open Badges 2.0 only supports checking the badge's id.",
                              evidence: evidence))
            return
        }
        if let prefixes = policy?.startsWith, !prefixes.isEmpty {
            evidence["startsWith"] = .array(prefixes.map(JSON.string))
            guard prefixes.contains(where: { assertion.id.utf8.starts(with: $0.utf8) }) else {
                state.add(.failed(.ob2ScopeViolation,
                                  "The badge's address, \(assertion.id), is not where its issuer publishes badges: the issuer allows only addresses starting with \(prefixes.joined(separator: " or ")).",
                                  evidence: evidence))
                return
            }
        }
        let origins: [String]
        var isDefault = false
        if let allowed = policy?.allowedOrigins, !allowed.isEmpty {
            origins = allowed.map { $0.lowercased() }
        } else if let host = (badge.issuerURL.flatMap(OB2URL.init) ?? OB2URL(issuer.id))?.host {
            origins = [host]
            isDefault = true
        } else {
            state.add(.warning(.ob2ScopeUnenforceable,
                               "The issuer's identity (\(issuer.id)) is not a web address, so nothing says where its badges may be hosted; Laurel cannot confirm this badge is hosted by the issuer.",
                               evidence: evidence))
            return
        }
        evidence["allowedOrigins"] = .array(origins.map(JSON.string))
        guard origins.contains(where: { $0.isByteEqual(to: assertionURL.host) }) else {
            let rule = isDefault ? "the issuer's own site (\(origins[0]))" : "the sites the issuer allows (\(origins.joined(separator: ", ")))"
            state.add(.failed(.ob2ScopeViolation,
                              "The badge is hosted at \(assertionURL.host), not on \(rule): it is not the issuer's.", evidence: evidence))
            return
        }
        // Without any policy the badge class, too, must live on the issuer's origin.
        if policy == nil, let classURL = OB2URL(badge.badgeClassURL ?? badge.badgeClass?.id ?? ""),
           !origins.contains(where: { $0.isByteEqual(to: classURL.host) }) {
            state.add(.failed(.ob2ScopeViolation,
                              "The badge class is hosted at \(classURL.host), not on the issuer's own site (\(origins[0])), and the issuer names no other place for its badges.",
                              evidence: evidence))
            return
        }
        state.add(.passed(.ob2Scope, "The badge is hosted where its issuer publishes badges (\(assertionURL.host)).", evidence: evidence))
    }
}
