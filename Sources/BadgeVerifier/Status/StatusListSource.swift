import LaurelJSON
import OpenBadges

/// Fetches, checks and decodes the lists one verification run needs, each once: a credential with a
/// revocation and a suspension entry in the same list (Bitstring Status List example 6) costs one fetch.
struct StatusListSource {
    let fetcher: any DocumentFetcher
    let listVerifier: any StatusListCredentialVerifier
    let options: VerifierOptions
    let now: DateTime?
    let policy: StatusPolicy

    /// A status list credential that was fetched and read, with how far it can be trusted.
    struct LoadedList: Sendable {
        var url: String
        var credential: StatusListCredential
        var bitstring: StatusBitstring
        var trust: StatusListCredentialVerification.Trust
    }

    /// Either the list, or the check that explains why there is none.
    enum Loaded<Value: Sendable>: Sendable {
        case loaded(Value)
        case failed(Check)
    }

    private struct ListKey: Hashable {
        var url: [UInt8]
        var format: StatusListFormat
    }

    private var lists: [ListKey: Loaded<LoadedList>] = [:]
    private var revocationLists: [[UInt8]: Loaded<RevocationList>] = [:]

    init(fetcher: any DocumentFetcher, listVerifier: any StatusListCredentialVerifier, options: VerifierOptions, now: DateTime?,
         policy: StatusPolicy) {
        self.fetcher = fetcher
        self.listVerifier = listVerifier
        self.options = options
        self.now = now
        self.policy = policy
    }

    /// The bitstring status list credential at `url`, which must be of `format`.
    mutating func list(at url: String, format: StatusListFormat) async -> Loaded<LoadedList> {
        let key = ListKey(url: Array(url.utf8), format: format)
        if let cached = lists[key] { return cached }
        let result = await load(url, format: format)
        lists[key] = result
        return result
    }

    /// The 1EdTech revocation list at `url`.
    mutating func revocationList(at url: String) async -> Loaded<RevocationList> {
        if let cached = revocationLists[Array(url.utf8)] { return cached }
        let result = await loadRevocationList(url)
        revocationLists[Array(url.utf8)] = result
        return result
    }

    private func load(_ url: String, format: StatusListFormat) async -> Loaded<LoadedList> {
        let evidence: JSONObject = ["statusListCredential": .string(url)]
        let fetched: FetchedDocument
        do { fetched = try await fetcher.fetch(url, accept: StatusPolicy.listCredentialMediaTypes) } catch {
            return .failed(error.statusCheck(what: "the status list", evidence: evidence))
        }
        let verification = await listVerifier.verify(fetched, options: options, now: now)
        if case .rejected(let reason) = verification.trust {
            var rejected = evidence
            rejected["listChecks"] = .array(verification.checks.filter { $0.severity >= .indeterminate }.map { .string($0.code.rawValue) })
            return .failed(.undecided(.statusListInvalid,
                                      "The status list at \(url) cannot be trusted, so its answer is ignored: \(reason)",
                                      evidence: rejected))
        }
        guard let document = verification.document else {
            return .failed(.undecided(.statusListInvalid, "The status list at \(url) could not be read.", evidence: evidence))
        }
        let credential: StatusListCredential
        do { credential = try StatusListCredential(json: document, format: format) } catch {
            var invalid = evidence
            invalid["pointer"] = .string(error.pointer.description)
            return .failed(.undecided(.statusListInvalid,
                                      "The document at \(url) is not a \(format.credentialType): \(error.message) (at \(error.pointer)).",
                                      evidence: invalid))
        }
        let bitstring: StatusBitstring
        do { bitstring = try credential.bitstring(maxBytes: policy.maxListBytes) } catch {
            return .failed(.undecided(.statusListInvalid, "The status list at \(url) cannot be decoded: \(error.description).",
                                      evidence: evidence))
        }
        return .loaded(LoadedList(url: url, credential: credential, bitstring: bitstring, trust: verification.trust))
    }

    private func loadRevocationList(_ url: String) async -> Loaded<RevocationList> {
        let evidence: JSONObject = ["revocationList": .string(url)]
        let fetched: FetchedDocument
        do { fetched = try await fetcher.fetch(url, accept: StatusPolicy.revocationListMediaTypes) } catch {
            return .failed(error.statusCheck(what: "the revocation list", evidence: evidence))
        }
        do {
            return .loaded(try RevocationList(json: try JSON.parse(fetched.bytes)))
        } catch let error as BadgeDecodingError {
            return .failed(.undecided(.statusListInvalid, "The revocation list at \(url) is malformed: \(error.description).",
                                      evidence: evidence))
        } catch {
            return .failed(.undecided(.statusListInvalid, "The revocation list at \(url) is not valid JSON: \(error).",
                                      evidence: evidence))
        }
    }
}
