import OpenBadges

/// The limits and rules of the status check.
public struct StatusPolicy: Sendable, Equatable {
    /// The largest decompressed list accepted, in bytes.
    public var maxListBytes: Int
    /// Lists with fewer entries are reported with a warning: the Bitstring Status List minimum of
    /// 131,072 entries (16 KB) protects holders' privacy by hiding each credential in a crowd. A shorter
    /// list still tells the status truthfully, and deployed lists of 100,000 entries exist, so it is not
    /// a reason to doubt the answer.
    public var minimumEntries: Int

    public init(maxListBytes: Int = StatusBitstring.defaultMaxBytes, minimumEntries: Int = 131_072) {
        self.maxListBytes = maxListBytes
        self.minimumEntries = minimumEntries
    }

    /// Media types asked for when fetching a status list credential, most preferred first.
    static let listCredentialMediaTypes = ["application/vc+ld+json", "application/vc", "application/ld+json", "application/json",
                                           "application/vc+jwt", "application/jwt"]
    /// Media types asked for when fetching a 1EdTech revocation list.
    static let revocationListMediaTypes = ["application/json", "application/ld+json"]
}
