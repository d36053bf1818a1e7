import LaurelJSON
import OpenBadges

/// Hosted verification: the issuer's copy of the assertion, fetched from the assertion's `id`, is the
/// badge. The presented document only says where to look (OB 2.0 "HostedBadge Verification"). A
/// `410 Gone` or a copy that says `"revoked": true` means the issuer revoked it; a presented copy that
/// differs from the issuer's in what it awards, to whom or when is a forgery.
struct OB2HostedStep: VerificationStep {
    let session: OB2Session

    /// The members whose difference changes what the badge says.
    static let decisive = ["recipient", "badge", "issuedOn", "expires", "verification", "type"]

    func run(_ state: inout VerificationState) async {
        let badge = session.badge
        guard let presented = badge.assertion, badge.method == .hosted, OB2URL.isHTTP(presented.id) else { return }
        let url = presented.id
        if let from = badge.presentedFrom, from.isByteEqual(to: url) {
            state.add(.passed(.ob2Hosted, "The badge was read from its issuer's address, \(url).", evidence: ["url": .string(url)]))
            return
        }
        let fetched: FetchedDocument
        do {
            fetched = try await state.options.fetcher.fetch(url, accept: OB2Fetch.accept)
        } catch {
            report(error, url: url, &state)
            return
        }
        guard let json = try? JSON.parse(fetched.bytes) else {
            state.add(.failed(.ob2HostedMissing, "The issuer's address for this badge, \(url), does not return a badge (not JSON).",
                              evidence: ["url": .string(url)]))
            return
        }
        if json["revoked"]?.boolValue == true || json[OB2.vocabularyIRI + "revoked"]?.boolValue == true {
            let reason = json["revocationReason"]?.stringValue
            state.add(.failed(.ob2Revoked, OB2RevocationStep.revoked(by: "The issuer has revoked this badge", reason: reason),
                              evidence: ["url": .string(url), "reason": reason.map(JSON.string) ?? .null]))
            return
        }
        guard case .assertion(let hosted)? = OB2Fetch.read(json, from: url, role: .hostedAssertion, state: &state) else { return }
        compare(presented: presented, hosted: hosted, url: url, &state)
        session.update { $0.assertion = hosted }
        state.credentialJSON = json
    }

    func report(_ error: FetchError, url: String, _ state: inout VerificationState) {
        let evidence: JSONObject = ["url": .string(url), "detail": .string(error.description)]
        switch error {
        case .httpStatus(410, _):
            state.add(.failed(.ob2Revoked, "The issuer has revoked this badge: its address, \(url), answers \"410 Gone\".", evidence: evidence))
        case .httpStatus(404, _):
            state.add(.failed(.ob2HostedMissing, "The issuer no longer publishes this badge: its address, \(url), answers \"404 Not Found\".",
                              evidence: evidence))
        default:
            state.add(.undecided(.ob2HostedUnreachable,
                                 "Laurel could not fetch the issuer's copy of this badge (\(error.description)). A hosted badge is only as good as the issuer's copy, so Laurel cannot say it is valid or not revoked.",
                                 evidence: evidence))
        }
    }

    func compare(presented: OB2.Assertion, hosted: OB2.Assertion, url: String, _ state: inout VerificationState) {
        let mine = presented.json.objectValue ?? JSONObject(), theirs = hosted.json.objectValue ?? JSONObject()
        var decisive: [String] = [], other: [String] = []
        var keys = mine.keys
        for key in theirs.keys where !keys.contains(where: { $0.isByteEqual(to: key) }) { keys.append(key) }
        for key in keys where key != "@context" && mine[key] != theirs[key] {
            if Self.decisive.contains(key) || key == "id" { decisive.append(key) } else { other.append(key) }
        }
        let evidence: JSONObject = ["url": .string(url), "differs": .array((decisive + other).map(JSON.string))]
        if !decisive.isEmpty {
            state.add(.failed(.ob2HostedDiffers,
                              "The badge you were given differs from the issuer's copy at \(url) in \(decisive.joined(separator: ", ")). The issuer's copy is the badge; the one you were given has been altered.",
                              evidence: evidence))
        } else if !other.isEmpty {
            state.add(.warning(.ob2HostedDiffers,
                               "The badge you were given differs from the issuer's copy at \(url) in \(other.joined(separator: ", ")); Laurel used the issuer's copy.",
                               evidence: evidence))
        } else {
            state.add(.passed(.ob2Hosted, "The issuer still publishes this badge at \(url), and it matches the one you were given.",
                              evidence: ["url": .string(url)]))
        }
    }
}

extension OB2Fetch.Role {
    static let hostedAssertion = Self(noun: "issuer's copy of the badge", classNames: ["Assertion"], unreachable: .ob2HostedUnreachable,
                                      invalid: .ob2HostedMissing, brokenMeansInvalid: true)
}
