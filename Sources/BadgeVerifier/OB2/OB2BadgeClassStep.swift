import LaurelJSON
import OpenBadges

/// Finds the assertion's badge class: embedded in the assertion, or fetched from the IRI the assertion
/// names. Without it, nobody can say what the badge means or who issued it.
struct OB2BadgeClassStep: VerificationStep {
    let session: OB2Session

    func run(_ state: inout VerificationState) async {
        guard let assertion = session.badge.assertion else { return }
        let badgeClass: OB2.BadgeClass
        let source: String
        switch assertion.badge {
        case .embedded(let embedded):
            badgeClass = embedded
            source = "is embedded in the badge"
            session.update { $0.badgeClassURL = nil }
        case .iri(let url):
            guard let read = await OB2Fetch.document(url, role: .badgeClass, state: &state),
                  case .badgeClass(let fetched) = read.document else { return }
            badgeClass = fetched
            source = "was read from \(url)"
            session.update { $0.badgeClassURL = url }
            OB2DocumentNotes.addExtensions(in: fetched.extensions, at: .root, to: &state)
        }
        session.update { $0.badgeClass = badgeClass }
        state.add(.passed(.ob2BadgeClass, "The badge class, \"\(badgeClass.name)\", \(source).",
                          evidence: ["id": .string(badgeClass.id), "name": .string(badgeClass.name)]))
        OB2DocumentNotes.addImage(badgeClass.image, pointer: "/badge/image", to: &state)
        if !badgeClass.endorsement.isEmpty { OB2DocumentNotes.addEndorsements(badgeClass.endorsement.count, of: "badge class", to: &state) }
    }
}
