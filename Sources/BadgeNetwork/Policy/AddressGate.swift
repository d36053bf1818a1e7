/// Where a URL may be connected to under a policy: every address its host resolves to is checked, and
/// the connection is then pinned to those checked addresses.
struct AddressGate: Sendable {
    let allowPrivateNetwork: Bool
    let privateNetworkHosts: Set<String>
    let resolver: any HostResolver

    /// The addresses to connect to, in the resolver's order; throws `.refused` when any of them — or the
    /// name itself (`localhost`) — is special-purpose and the policy does not allow it.
    ///
    /// All addresses must pass, not just the first: a host that answers with one public and one private
    /// address would otherwise get its private one tried whenever the public one fails.
    func addresses(for url: FetchURL, requested: String) async throws(FetchError) -> [IPAddress] {
        switch url.host {
        case .address(let address):
            try check(address, url: url, requested: requested, name: nil)
            return [address]
        case .name(let name):
            let exempt = allowPrivateNetwork || privateNetworkHosts.contains(name)
            if !exempt, AddressClassifier.isLocalHostName(name) {
                throw .refused(requested, reason: "\(name) is this machine (RFC 6761), and private network addresses are not fetched")
            }
            let addresses: [IPAddress]
            do { addresses = try await resolver.addresses(of: name, port: url.port) } catch {
                throw .unreachable(requested, reason: error.reasonText)
            }
            if !exempt {
                for address in addresses { try check(address, url: url, requested: requested, name: name) }
            }
            return addresses
        }
    }

    func check(_ address: IPAddress, url: FetchURL, requested: String, name: String?) throws(FetchError) {
        guard !allowPrivateNetwork, let range = AddressClassifier.specialPurpose(address) else { return }
        let subject = name.map { "\($0) resolves to \(address), which" } ?? "\(address)"
        throw .refused(requested, reason: "\(subject) is in \(range.block), \(range.name) (\(range.reference)); private and special-purpose addresses are not fetched unless the policy allows the private network")
    }
}

extension FetchError {
    /// The reason alone, for wrapping in another error about another URL.
    var reasonText: String {
        switch self {
        case .invalidURL(_, let reason), .refused(_, let reason), .unreachable(_, let reason), .unacceptable(_, let reason):
            reason
        case .httpStatus(let status, let url): "\(url) answered with HTTP status \(status)"
        case .notPinned(let url, let path): "\(url) is not pinned (expected \(path))"
        }
    }
}
