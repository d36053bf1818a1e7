import LaurelJSON
import OpenBadges

/// One `BitstringStatusListEntry` or `StatusList2021Entry` against its list (Bitstring Status List
/// §3.2, "Validate Algorithm").
///
/// What the answers mean:
/// - a list that cannot be fetched, read, decoded or trusted (its proof fails, it is outside its
///   validity window, its issuer is not the credential's, it does not serve the entry's purpose, the
///   index is outside it): the status is unknown, `indeterminate`;
/// - a set revocation or suspension bit: `invalid`, even when the list's own proof could not be checked
///   yet. Accepting a credential its issuer's list calls revoked is the dangerous mistake, and whoever
///   can make the issuer's URL answer "revoked" can as well make it answer nothing at all;
/// - a clear bit: `status.valid` only when the list verified; with an unchecked list, `indeterminate`.
struct BitstringStatusCheck {
    let entry: BitstringStatusListEntry
    let pointer: JSONPointer
    let policy: StatusPolicy

    func checks(source: inout StatusListSource, state: VerificationState) async -> [Check] {
        var evidence: JSONObject = [
            "statusListCredential": .string(entry.statusListCredential),
            "statusListIndex": .string(entry.statusListIndex),
            "statusPurpose": .string(entry.statusPurpose.rawValue),
            "method": .string(entry.format.entryType),
        ]
        if entry.statusSize > 1 { evidence["statusSize"] = .number(entry.statusSize) }
        var checks: [Check] = []
        if entry.indexWrittenAsNumber {
            checks.append(.warning(.statusIndexNotString,
                                   "The status entry writes statusListIndex as a number; the specification requires a string of digits. Laurel read it as \(entry.statusListIndex).",
                                   evidence: ["pointer": .string(pointer.appending("statusListIndex").description)]))
        }
        guard entry.statusPurpose.isKnown else {
            checks.append(.undecided(.statusUnsupported,
                                     "The credential's status entry has the purpose \"\(entry.statusPurpose)\", whose meaning Laurel does not know, so it cannot tell whether the credential is still valid.",
                                     evidence: evidence))
            return checks
        }
        let list: StatusListSource.LoadedList
        switch await source.list(at: entry.statusListCredential, format: entry.format) {
        case .failed(var check):
            check = Check(check.code, check.severity, check.message, evidence: merged(check.evidence, evidence))
            return checks + [check]
        case .loaded(let loaded):
            list = loaded
        }
        if let problem = listProblem(list, credentialIssuer: state.issuerID, evidence: &evidence) {
            return checks + [problem]
        }
        let entries = list.bitstring.entryCount(statusSize: entry.statusSize)
        evidence["listEntries"] = .number(entries)
        if entries < policy.minimumEntries {
            checks.append(.warning(.statusListShort,
                                   "The status list has \(entries) entries, fewer than the \(policy.minimumEntries) the specification requires to keep holders private.",
                                   evidence: evidence))
        }
        let value: Int
        do {
            guard let index = entry.index else {
                throw StatusListError.indexOutOfRange(index: entry.statusListIndex, statusSize: entry.statusSize, listBits: list.bitstring.bitCount)
            }
            value = try list.bitstring.value(at: index, statusSize: entry.statusSize)
        } catch {
            let text = (error as? StatusListError)?.description ?? "\(error)"
            return checks + [.undecided(.statusIndexOutOfRange, "The credential's status cannot be read: \(text).", evidence: evidence)]
        }
        evidence["status"] = .number(value)
        if let message = entry.message(for: value) { evidence["statusMessage"] = .string(message) }
        return checks + [verdict(value: value, list: list, evidence: evidence)]
    }

    /// Why the list cannot answer for this entry, if it cannot.
    private func listProblem(_ list: StatusListSource.LoadedList, credentialIssuer: String?, evidence: inout JSONObject) -> Check? {
        if let listIssuer = list.credential.issuerID { evidence["listIssuer"] = .string(listIssuer) }
        // Anyone can sign a list that says "not revoked"; only the issuer's own list speaks for it.
        if let credentialIssuer, let listIssuer = list.credential.issuerID, !listIssuer.isByteEqual(to: credentialIssuer) {
            return .undecided(.statusListIssuerMismatch,
                              "The status list at \(list.url) was issued by \(listIssuer), not by the credential's issuer \(credentialIssuer), so it cannot speak for the credential.",
                              evidence: evidence)
        }
        guard list.credential.serves(entry.statusPurpose) else {
            let served = list.credential.statusPurposes.map { "\"\($0)\"" }.joined(separator: ", ")
            return .undecided(.statusListInvalid,
                              "The status list at \(list.url) serves \(served), not the entry's purpose \"\(entry.statusPurpose)\".",
                              evidence: evidence)
        }
        return nil
    }

    private func verdict(value: Int, list: StatusListSource.LoadedList, evidence: JSONObject) -> Check {
        var evidence = evidence
        let unverified: String?
        switch list.trust {
        case .verified:
            evidence["listProof"] = "verified"
            unverified = nil
        case .unchecked(let reason):
            evidence["listProof"] = .string("not verified: \(reason)")
            unverified = reason
        case .rejected(let reason):
            // Rejected lists never reach here (the source reports them); stay safe if one does.
            return .undecided(.statusListInvalid, "The status list at \(list.url) cannot be trusted: \(reason)", evidence: evidence)
        }
        let caveat = unverified.map { " (The list's own signature could not be checked: \($0))" } ?? ""
        let place = "index \(entry.statusListIndex) of \(list.url)"
        let message = entry.message(for: value).map { " The issuer's message: \($0)." } ?? ""
        if value != 0 {
            switch entry.statusPurpose {
            case .revocation:
                return .failed(.statusRevoked, "The issuer has revoked this credential (\(place)).\(message)\(caveat)", evidence: evidence)
            case .suspension:
                return .failed(.statusSuspended, "The issuer has suspended this credential for now (\(place)).\(message)\(caveat)",
                               evidence: evidence)
            case .refresh:
                return .warning(.statusRefresh, "The issuer has a newer version of this credential (\(place)).\(caveat)", evidence: evidence)
            default:
                return .passed(.statusMessage, "The credential's status message (\(place)) is \(value).\(message)\(caveat)", evidence: evidence)
            }
        }
        if entry.statusPurpose == .message {
            return .passed(.statusMessage, "The credential's status message (\(place)) is 0.\(message)\(caveat)", evidence: evidence)
        }
        if let unverified {
            return .undecided(.statusListUnverified,
                              "The status list (\(place)) does not mark the credential as \(entry.statusPurpose == .suspension ? "suspended" : entry.statusPurpose == .refresh ? "refreshed" : "revoked"), but the list's own signature could not be checked, so that answer cannot be relied on: \(unverified)",
                              evidence: evidence)
        }
        let what = entry.statusPurpose == .suspension ? "suspended" : entry.statusPurpose == .refresh ? "superseded" : "revoked"
        return .passed(.statusValid, "The credential is not \(what) (\(place)).", evidence: evidence)
    }

    private func merged(_ first: JSONObject, _ second: JSONObject) -> JSONObject {
        var out = first
        for member in second where out[member.key] == nil { out[member.key] = member.value }
        return out
    }
}
