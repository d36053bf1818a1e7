import LaurelJSON
import OpenBadges

/// The 1EdTech Revocation List Status Method (OB 3.0 §9.7): fetch the issuer's list and look for the
/// credential's id among the revoked ones.
///
/// The list is a plain JSON document without a proof, so its authority is the URL the issuer signed
/// into the credential. Laurel reads it as the specification describes and cannot do more.
struct RevocationListCheck {
    let entry: RevocationListEntry

    func check(source: inout StatusListSource, credentialID: String?) async -> Check {
        var evidence: JSONObject = ["revocationList": .string(entry.id), "method": .string(RevocationListEntry.type)]
        guard let credentialID else {
            return .undecided(.statusEntryInvalid,
                              "The credential has no id, so it cannot be looked up in its issuer's revocation list.", evidence: evidence)
        }
        evidence["credential"] = .string(credentialID)
        switch await source.revocationList(at: entry.id) {
        case .failed(let check):
            return check
        case .loaded(let list):
            if let revoked = list.revocation(of: credentialID) {
                if let reason = revoked.revocationReason { evidence["revocationReason"] = .string(reason) }
                let because = revoked.revocationReason.map { " The reason given: \($0)" } ?? ""
                return .failed(.statusRevoked, "The issuer has revoked this credential (it is listed in \(entry.id)).\(because)",
                               evidence: evidence)
            }
            evidence["revokedCount"] = .number(list.revokedCredentials.count)
            return .passed(.statusValid, "The credential is not in its issuer's revocation list (\(entry.id)).", evidence: evidence)
        }
    }
}
