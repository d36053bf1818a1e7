import LaurelJSON
import OpenBadges

/// Checks every `credentialStatus` entry: is the credential revoked or suspended?
///
/// Runs after the proof or signature checks and before the validity window (OB 3.0 §9, "Verification
/// and Validation"). A status Laurel cannot establish is never treated as "not revoked": an entry of an
/// unknown type or purpose, a list that cannot be fetched, decoded or trusted each leave the credential
/// `indeterminate`. A list that says revoked or suspended makes it `invalid`.
public struct StatusStep: VerificationStep {
    let listVerifier: any StatusListCredentialVerifier
    let policy: StatusPolicy

    public init(listVerifier: any StatusListCredentialVerifier, policy: StatusPolicy = StatusPolicy()) {
        self.listVerifier = listVerifier
        self.policy = policy
    }

    public func run(_ state: inout VerificationState) async {
        guard let credential = state.credentialJSON else { return }
        let values = CredentialStatusEntry.values(in: credential)
        guard !values.isEmpty else { return }
        var source = StatusListSource(fetcher: state.options.fetcher, listVerifier: listVerifier, options: state.options,
                                      now: state.now, policy: policy)
        for (pointer, value) in values {
            let entry: CredentialStatusEntry
            do { entry = try CredentialStatusEntry(json: value, at: pointer) } catch {
                state.add(.undecided(.statusEntryInvalid,
                                     "The credential's status entry is malformed, so its status cannot be checked: \(error.message) (at \(error.pointer)).",
                                     evidence: ["pointer": .string(error.pointer.description)]))
                continue
            }
            switch entry {
            case .unsupported(let types):
                let named = types.isEmpty ? "with no type" : "of type " + types.map { "\"\($0)\"" }.joined(separator: ", ")
                state.add(.undecided(.statusUnsupported,
                                     "The credential declares a status method \(named), which Laurel does not support, so it cannot tell whether the credential was revoked.",
                                     evidence: ["pointer": .string(pointer.description), "type": .array(types.map(JSON.string))]))
            case .statusList(let entry):
                for check in await BitstringStatusCheck(entry: entry, pointer: pointer, policy: policy).checks(source: &source, state: state) {
                    state.add(check)
                }
            case .revocationList(let entry):
                state.add(await RevocationListCheck(entry: entry).check(source: &source, credentialID: state.envelope?.id))
            }
        }
    }
}
