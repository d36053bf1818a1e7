import LaurelJSON
import OpenBadges

/// Fetches and reads the documents an OB 2.0 badge links to: badge classes, issuer profiles, keys and
/// revocation lists. Every failure becomes a check: a document the issuer's own server says does not
/// exist (404, 410) or that is not a valid OB 2.0 document makes the badge invalid; a failure to look
/// (no network, a time-out, a document not in the offline folder) makes it indeterminate.
struct OB2Fetch {
    /// How the report names the document and the codes it uses.
    struct Role: Sendable {
        /// "badge class", "issuer profile", …, for sentences.
        let noun: String
        /// The class the document must be (`BadgeClass`, `Profile`, …), as `OB2.Document.className` says.
        let classNames: [String]
        let unreachable: CheckCode
        let invalid: CheckCode
        /// Whether a broken or missing document makes the badge invalid. A revocation list that cannot
        /// be read leaves revocation undecided instead.
        let brokenMeansInvalid: Bool

        /// A failure of this document: an error, or undecided for documents whose absence decides nothing.
        func broken(_ message: String, evidence: JSONObject) -> Check {
            brokenMeansInvalid ? .failed(invalid, message, evidence: evidence) : .undecided(invalid, message, evidence: evidence)
        }
    }

    static let accept = ["application/ld+json", "application/json"]

    /// The document at `url` read as `role`; nil after adding the check that says why not.
    static func document(_ url: String, role: Role, state: inout VerificationState) async -> (document: OB2.Document, json: JSON, url: String)? {
        guard OB2URL.isHTTP(url) else {
            state.add(role.broken("The \(role.noun) is named by \(url), which is not a web address, so it cannot be found.",
                              evidence: ["url": .string(url)]))
            return nil
        }
        let fetched: FetchedDocument
        do {
            fetched = try await state.options.fetcher.fetch(url, accept: accept)
        } catch {
            state.add(fetchFailure(error, role: role))
            return nil
        }
        let json: JSON
        do {
            json = try JSON.parse(fetched.bytes)
        } catch {
            state.add(role.broken("The \(role.noun) published at \(url) is not valid JSON (\(error.description)).",
                              evidence: ["url": .string(url)]))
            return nil
        }
        guard let document = read(json, from: url, role: role, state: &state) else { return nil }
        if let id = document.id, !id.isByteEqual(to: url) {
            state.add(.warning(.ob2IDMismatch,
                               "The \(role.noun) was read from \(url) but gives its own address as \(id). Laurel used it; its issuer should publish each document at the address it names.",
                               evidence: ["url": .string(url), "id": .string(id)]))
        }
        return (document, json, fetched.url)
    }

    /// Reads a linked document (fetched or embedded) as `role`; nil after adding the check that says why not.
    static func read(_ json: JSON, from place: String, role: Role, state: inout VerificationState) -> OB2.Document? {
        do {
            _ = try OB2.LinkedDataCheck.run(json)
        } catch {
            state.add(role.broken("The \(role.noun) at \(place) is not a valid Open Badges 2.0 document: \(error.description).",
                              evidence: ["url": .string(place)]))
            return nil
        }
        var warnings: [DecodingWarning] = []
        let document: OB2.Document
        do {
            document = try OB2.Document(json: json, warnings: &warnings)
        } catch {
            state.add(role.broken("The \(role.noun) at \(place) is not a well-formed Open Badges 2.0 document: \(error.message) (at \(error.pointer)).",
                              evidence: ["url": .string(place), "pointer": .string(error.pointer.description)]))
            return nil
        }
        guard role.classNames.contains(document.className) else {
            state.add(role.broken("The document at \(place) should be a \(role.noun), but it is a \(document.className).",
                              evidence: ["url": .string(place), "type": .string(document.className)]))
            return nil
        }
        return document
    }

    /// The check for a fetch that failed: a fact from the issuer's server, or a failure to look.
    static func fetchFailure(_ error: FetchError, role: Role) -> Check {
        let evidence: JSONObject = ["url": .string(error.url), "detail": .string(error.description)]
        switch error {
        case .httpStatus(let status, let url) where status == 404 || status == 410:
            return role.broken("The issuer's server says the \(role.noun) at \(url) does not exist (HTTP \(status)).", evidence: evidence)
        default:
            return .undecided(role.unreachable, "Laurel could not read the \(role.noun): \(error.description).", evidence: evidence)
        }
    }
}

extension OB2Fetch.Role {
    static let badgeClass = Self(noun: "badge class", classNames: ["BadgeClass"], unreachable: .ob2BadgeClassUnreachable,
                                 invalid: .ob2BadgeClassInvalid, brokenMeansInvalid: true)
    static let issuer = Self(noun: "issuer profile", classNames: ["Issuer", "Profile"], unreachable: .ob2IssuerUnreachable,
                             invalid: .ob2IssuerInvalid, brokenMeansInvalid: true)
    static let key = Self(noun: "signing key", classNames: ["CryptographicKey"], unreachable: .ob2KeyUnreachable, invalid: .ob2KeyInvalid,
                          brokenMeansInvalid: true)
    static let revocationList = Self(noun: "revocation list", classNames: ["RevocationList"], unreachable: .ob2RevocationUnknown,
                                     invalid: .ob2RevocationUnknown, brokenMeansInvalid: false)
}
