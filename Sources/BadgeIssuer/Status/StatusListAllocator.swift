import OpenBadges

/// Gives each new credential its place in a status list: reserves an index in the store and returns
/// the `credentialStatus` entry to put in the credential before it is signed.
public struct StatusListAllocator: Sendable {
    public let store: any StatusIndexStore
    /// The URL where the list's credential is (or will be) published.
    public let listURL: String
    public let purpose: StatusPurpose
    /// The number of entries of the list.
    public let capacity: Int

    public init(store: any StatusIndexStore, listURL: String, purpose: StatusPurpose = .revocation,
                capacity: Int = IssuerStatusList.minimumEntries) {
        self.store = store
        self.listURL = listURL
        self.purpose = purpose
        self.capacity = capacity
    }

    /// A `BitstringStatusListEntry` at a newly reserved index, with the id `<list URL>#<index>`.
    public func allocate() async throws(StatusListIssuanceError) -> BitstringStatusListEntry {
        let index = try await store.reserveIndex(in: listURL, capacity: capacity)
        return BitstringStatusListEntry(id: "\(listURL)#\(index)", statusPurpose: purpose, statusListIndex: index,
                                        statusListCredential: listURL)
    }
}

extension BitstringStatusListEntry {
    /// The entry as the Open Badges model's `credentialStatus` value.
    public var credentialStatus: CredentialStatus {
        get throws(BadgeDecodingError) { try CredentialStatus(json: json) }
    }
}
