import BadgeCrypto
import LaurelJSON
import OpenBadges

/// Finds the keys that may have signed a signed badge (OB 2.0 "SignedBadge Verification", steps 4–5):
/// only keys the issuer's profile lists in `publicKey`, each a `CryptographicKey` whose `owner` is that
/// issuer. A key named in the badge (`verification.creator`) must be one of them; the badge cannot
/// vouch for its own key.
struct OB2KeyStep: VerificationStep {
    let session: OB2Session

    /// The most keys fetched for one badge: a profile listing thousands must not make Laurel fetch
    /// thousands of documents.
    static let maxKeys = 8

    func run(_ state: inout VerificationState) async {
        let badge = session.badge
        guard let assertion = badge.assertion, badge.method == .signed, state.jws != nil, let issuer = badge.issuer else { return }
        let listed = issuer.publicKey
        guard !listed.isEmpty else {
            state.add(.failed(.ob2KeyMissing,
                              "The issuer's profile lists no public key, so nothing shows that the signature on this badge is the issuer's.",
                              evidence: ["issuer": .string(issuer.id)]))
            return
        }
        var candidates = listed
        if let creator = assertion.verification.creator {
            guard let entry = listed.first(where: { $0.id.map(creator.isByteEqual(to:)) == true }) else {
                state.add(.failed(.ob2KeyNotListed,
                                  "The badge says it was signed with the key \(creator), but the issuer's profile does not list that key: it is not the issuer's.",
                                  evidence: ["creator": .string(creator), "issuer": .string(issuer.id),
                                             "publicKey": .array(listed.compactMap(\.id).map(JSON.string))]))
                return
            }
            candidates = [entry]
        } else if candidates.count > Self.maxKeys {
            state.add(.warning(.ob2Key,
                               "The issuer's profile lists \(candidates.count) keys and the badge does not say which signed it; Laurel tried the first \(Self.maxKeys).",
                               evidence: ["issuer": .string(issuer.id)]))
            candidates = Array(candidates.prefix(Self.maxKeys))
        }
        let owners = [issuer.id] + (badge.issuerURL.map { [$0] } ?? [])
        var keys: [OB2SigningKey] = []
        for candidate in candidates {
            if let key = await resolve(candidate, owners: owners, &state) { keys.append(key) }
        }
        guard !keys.isEmpty else { return }
        session.update { $0.keys = keys }
        let names = keys.map(\.id).joined(separator: ", ")
        state.add(.passed(.ob2Key,
                          "The signing key \(names) is the issuer's: the issuer's profile lists it, and it names the issuer as its owner.",
                          evidence: ["keys": .array(keys.map { .string($0.id) }), "issuer": .string(issuer.id)]))
    }

    /// The usable key of one `publicKey` entry, or nil after reporting why not.
    func resolve(_ entry: OB2.Linked<OB2.CryptographicKey>, owners: [String], _ state: inout VerificationState) async -> OB2SigningKey? {
        let key: OB2.CryptographicKey
        let id: String
        switch entry {
        case .embedded(let embedded):
            key = embedded
            id = embedded.id ?? "(the key embedded in the issuer's profile)"
        case .iri(let url):
            guard let read = await OB2Fetch.document(url, role: .key, state: &state), case .cryptographicKey(let fetched) = read.document else {
                return nil
            }
            key = fetched
            id = url
        }
        // The issuer's profile lists the key; the key must name the issuer back. An embedded key sits in
        // the issuer's own profile, so it needs no owner to be the issuer's.
        if case .iri = entry {
            guard let owner = key.owner, owners.contains(where: { $0.isByteEqual(to: owner) }) else {
                let said = key.owner.map { "names \($0) as its owner" } ?? "names no owner"
                state.add(.failed(.ob2KeyOwnerMismatch,
                                  "The signing key \(id) \(said), not the issuer (\(owners[0])): it is not the issuer's key.",
                                  evidence: ["key": .string(id), "owner": key.owner.map(JSON.string) ?? .null, "issuer": .string(owners[0])]))
                return nil
            }
        }
        guard let pem = key.publicKeyPem else {
            state.add(.failed(.ob2KeyInvalid, "The signing key \(id) has no publicKeyPem, so it cannot check a signature.",
                              evidence: ["key": .string(id)]))
            return nil
        }
        do {
            return OB2SigningKey(id: id, key: try SigningPublicKey(pemRepresentation: pem))
        } catch {
            state.add(.failed(.ob2KeyInvalid, "The signing key \(id) is not a usable public key: \(error).",
                              evidence: ["key": .string(id), "detail": .string("\(error)")]))
            return nil
        }
    }
}
