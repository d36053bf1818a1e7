import LaurelJSON

extension FetchError {
    /// The status check for a list that could not be fetched. A failure to look (no answer, a refused
    /// address, no pinned copy) and a server error say nothing about the credential; a 404 or 410 from
    /// the list's own server is a fact, but still not one about this credential's status. Both leave the
    /// status undecided, with different codes so a person knows whom to ask.
    func statusCheck(what: String, evidence: JSONObject) -> Check {
        var evidence = evidence
        evidence["error"] = .string(description)
        switch self {
        case .httpStatus(let status, let url) where status == 404 || status == 410:
            evidence["httpStatus"] = .number(status)
            return .undecided(.statusListNotFound,
                              "The issuer's server says \(what) at \(url) does not exist (HTTP \(status)), so Laurel cannot tell whether the credential was revoked.",
                              evidence: evidence)
        case .invalidURL(let url, let reason):
            return .undecided(.statusEntryInvalid, "The credential names \(what) at \(url), which Laurel cannot fetch: \(reason).",
                              evidence: evidence)
        case .unacceptable(let url, let reason):
            return .undecided(.statusListInvalid, "Laurel refused \(what) from \(url): \(reason).", evidence: evidence)
        case .refused, .unreachable, .notPinned, .httpStatus:
            return .undecided(.statusUnreachable,
                              "Laurel could not read \(what), so it cannot tell whether the credential was revoked: \(description).",
                              evidence: evidence)
        }
    }
}
