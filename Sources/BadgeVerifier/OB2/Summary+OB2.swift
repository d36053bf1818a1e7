import LaurelJSON
import OpenBadges

extension VerificationReport.Summary {
    /// The summary of an OB 2.0 document as the OB 2.0 pipeline leaves it (an assertion with its badge
    /// class and issuer embedded, or the document as presented); nil for anything that is not OB 0.5–2.0.
    init?(ob2 json: JSON?) {
        guard let json, let generation = OB2.Generation.of(json) else { return nil }
        self.init()
        id = json["id"]?.stringValue
        types = json["type"].map(\.asArray)?.compactMap(\.stringValue) ?? []
        if case .legacy(let version) = generation {
            dataModel = "Open Badges \(version.rawValue) (not supported)"
            return
        }
        var warnings: [DecodingWarning] = []
        guard let document = try? OB2.Document(json: json, warnings: &warnings) else {
            dataModel = "Open Badges 2.0"
            return
        }
        switch document {
        case .assertion(let assertion):
            let method = assertion.verification.method.map { $0 == .hosted ? "hosted" : "signed" }
            dataModel = "Open Badges 2.0" + (method.map { ", \($0)" } ?? "")
            if let badgeClass = assertion.badge.node {
                achievementName = badgeClass.name
                describe(issuer: badgeClass.issuer)
            }
            let recipient = assertion.recipient
            subject = recipient.hashed ? "\(recipient.type) (hashed)" : "\(recipient.type) \(recipient.identity)"
            validFrom = assertion.issuedOn.text
            validUntil = assertion.expires?.text
        case .badgeClass(let badgeClass):
            dataModel = "Open Badges 2.0 badge class"
            name = badgeClass.name
            describe(issuer: badgeClass.issuer)
        case .profile(let profile):
            dataModel = "Open Badges 2.0 profile"
            name = profile.name
            issuerId = profile.id
            issuerName = profile.name
        default:
            dataModel = "Open Badges 2.0 \(document.className)"
        }
    }

    private mutating func describe(issuer: OB2.Linked<OB2.Profile>) {
        switch issuer {
        case .iri(let iri): issuerId = iri
        case .embedded(let profile):
            issuerId = profile.id
            issuerName = profile.name
        }
    }
}
