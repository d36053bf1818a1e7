import LaurelJSON
import OpenBadges

/// Finds the issuer profile of the badge class. When the profile has a web address, the issuer's own
/// copy is read from it even if one is embedded: the scope of hosted badges and the keys of signed ones
/// are trusted only as the issuer publishes them.
struct OB2IssuerStep: VerificationStep {
    let session: OB2Session

    func run(_ state: inout VerificationState) async {
        guard let badgeClass = session.badge.badgeClass else { return }
        var profile: OB2.Profile?
        var url: String?
        switch badgeClass.issuer {
        case .iri(let iri):
            url = iri
        case .embedded(let embedded):
            profile = embedded
            if OB2URL.isHTTP(embedded.id) { url = embedded.id }
        }
        var source = "is embedded in the badge class"
        if let url {
            guard let read = await OB2Fetch.document(url, role: .issuer, state: &state), case .profile(let fetched) = read.document else {
                // The embedded copy still says who the issuer claims to be, for the report.
                if let profile { session.update { $0.issuer = profile } }
                return
            }
            profile = fetched
            source = "was read from \(url)"
            session.update { $0.issuerURL = url }
            OB2DocumentNotes.addExtensions(in: fetched.extensions, at: .root, to: &state)
        }
        guard let profile else { return }
        session.update { $0.issuer = profile }
        let missing = profile.missingIssuerProperties
        guard missing.isEmpty else {
            state.add(.failed(.ob2IssuerInvalid,
                              "The issuer profile (\(profile.id)) lacks \(missing.joined(separator: ", ")), which an issuer must give.",
                              evidence: ["id": .string(profile.id)]))
            return
        }
        let name = profile.name ?? profile.id
        state.add(.passed(.ob2Issuer, "The issuer, \(name), \(source).", evidence: ["id": .string(profile.id), "name": .string(name)]))
        // For hosted badges the scope check says the same thing in its own terms.
        if url == nil, session.badge.method != .hosted {
            state.add(.warning(.ob2IssuerUnverifiable,
                               "The issuer's identity (\(profile.id)) is not a web address, so Laurel cannot read the issuer's own profile: what it says about itself cannot be confirmed."))
        }
    }
}
