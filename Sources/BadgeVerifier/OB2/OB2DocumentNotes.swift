import LaurelJSON
import OpenBadges

/// The remarks a verifier makes about what an OB 2.0 document contains rather than whether it is
/// genuine: what kind of document it is, its extensions, its endorsements, its image.
enum OB2DocumentNotes {
    /// Lenient readings and unread contexts.
    static func add(warnings: [DecodingWarning], findings: OB2.LinkedDataCheck.Findings, to state: inout VerificationState) {
        for warning in warnings where warning.kind == .dateTimeWithoutTimeZone {
            state.add(.warning(.dateWithoutTimeZone, "A date in the badge has no time zone, which OB 2.0 requires; Laurel read it as UTC.",
                               evidence: ["pointer": .string(warning.pointer.description)]))
        }
        for context in findings.unreadContexts where context.atRoot {
            state.add(.warning(.ob2ContextUnread,
                               "The badge also names the extension context \(context.url), which Laurel does not have. Laurel read the badge without it; if that context redefined Open Badges terms, Laurel would not know.",
                               evidence: ["context": .string(context.url), "pointer": .string(context.pointer.description)]))
        }
    }

    /// What kind of document it is, and its extensions, endorsements and image.
    static func addContent(of document: OB2.Document, to state: inout VerificationState) {
        switch document {
        case .assertion(let assertion):
            addExtensions(in: assertion.extensions, at: .root, to: &state)
            if let badge = assertion.badge.node { addExtensions(in: badge.extensions, at: "/badge", to: &state) }
            addImage(assertion.image, pointer: "/image", to: &state)
            if !assertion.endorsement.isEmpty { addEndorsements(assertion.endorsement.count, of: "assertion", to: &state) }
        case .badgeClass(let badgeClass):
            state.add(.passed(.ob2DocumentKind,
                              "This is a badge class: it describes a badge (\"\(badgeClass.name)\") and who offers it, not a badge awarded to anyone, so it shows no one's achievement."))
            addExtensions(in: badgeClass.extensions, at: .root, to: &state)
            addImage(badgeClass.image, pointer: "/image", to: &state)
        case .profile(let profile):
            state.add(.passed(.ob2DocumentKind, "This is the profile of \(profile.name ?? profile.id), not a badge: it shows no one's achievement."))
            if profile.type.contains("Issuer"), !profile.missingIssuerProperties.isEmpty {
                state.add(.failed(.ob2IssuerInvalid,
                                  "The issuer profile lacks \(profile.missingIssuerProperties.joined(separator: ", ")), which an issuer must give."))
            }
            addExtensions(in: profile.extensions, at: .root, to: &state)
        case .endorsement:
            state.add(.undecided(.ob2DocumentKind,
                                 "This is an Open Badges 2.0 endorsement. Laurel verifies endorsements only as part of the badge they endorse, not on their own."))
        case .cryptographicKey, .revocationList, .alignmentObject, .other:
            state.add(.passed(.ob2DocumentKind,
                              "This is an Open Badges 2.0 \(OB2ReadStep.noun(document)), not a badge: its form is correct, but it shows no one's achievement."))
        }
        if case .badgeClass(let badgeClass) = document, !badgeClass.endorsement.isEmpty {
            addEndorsements(badgeClass.endorsement.count, of: "badge class", to: &state)
        }
    }

    /// Extensions must bring their own context; Laurel reports them but does not check their content.
    static func addExtensions(in members: JSONObject, at pointer: JSONPointer, to state: inout VerificationState) {
        for node in OB2.ExtensionNode.find(in: members, at: pointer) {
            let name = node.kinds.first ?? node.property
            guard node.context != nil else {
                state.add(.failed(.ob2ExtensionInvalid,
                                  "The extension \(name) has no @context, which every Open Badges extension must give so that its data has a defined meaning.",
                                  evidence: ["pointer": .string(node.pointer.description)]))
                continue
            }
            state.add(.passed(.ob2ExtensionUnchecked,
                              "The badge carries the extension \(name). Laurel shows it but does not check the extension's own data.",
                              evidence: ["pointer": .string(node.pointer.description)]))
        }
    }

    static func addImage(_ image: OB2.Image?, pointer: JSONPointer, to state: inout VerificationState) {
        guard let data = image?.dataURI, !data.isBadgeImageType else { return }
        state.add(.warning(.ob2Image, "The badge's image is embedded as \(data.mediaType); Open Badges 2.0 images must be PNG or SVG.",
                           evidence: ["pointer": .string(pointer.description)]))
    }

    static func addEndorsements(_ count: Int, of noun: String, to state: inout VerificationState) {
        let what = count == 1 ? "an endorsement" : "\(count) endorsements"
        state.add(.passed(.ob2Endorsements,
                          "The \(noun) lists \(what) by third parties. Endorsements do not change whether the badge is genuine, and Laurel does not check them."))
    }
}
