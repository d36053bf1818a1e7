import LaurelJSON
import OpenBadges

/// Puts the badge together for the report: the assertion with its badge class and issuer profile
/// embedded (a form OB 2.0 allows), as Laurel read them. This is the document a person downloads from
/// the report, and what its summary is drawn from.
struct OB2AssembleStep: VerificationStep {
    let session: OB2Session

    func run(_ state: inout VerificationState) async {
        let badge = session.badge
        guard var document = root(of: badge) else { return }
        var members = JSONObject()
        // The assertion's own context, so that its extensions keep their meaning.
        members.appendNew("@context", document["@context"] ?? .string(OB2.contextURLs[0]))
        for member in document.members where member.key != "@context" { members.appendNew(member.key, member.value) }
        document = members
        state.credentialJSON = .object(document)
    }

    func root(of badge: OB2Badge) -> JSONObject? {
        var issuer = badge.issuer?.json.objectValue
        issuer?["@context"] = nil
        var badgeClass = badge.badgeClass?.json.objectValue
        badgeClass?["@context"] = nil
        if let issuer { badgeClass?["issuer"] = .object(issuer) }
        if var assertion = badge.assertion?.json.objectValue {
            if let badgeClass { assertion["badge"] = .object(badgeClass) }
            return assertion
        }
        if case .badgeClass? = badge.presented { return badgeClass }
        return nil
    }
}
