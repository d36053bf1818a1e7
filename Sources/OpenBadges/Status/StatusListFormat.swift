/// The two bitstring status list methods Laurel reads: the W3C Bitstring Status List v1.0
/// Recommendation and the StatusList2021 draft it replaced. They share the bitstring (GZIP-compressed,
/// index 0 the most significant bit of the first byte) and differ in type names and in how
/// `encodedList` is written.
public enum StatusListFormat: String, Sendable, CaseIterable {
    case bitstringStatusList = "BitstringStatusList"
    case statusList2021 = "StatusList2021"

    /// The `type` of a `credentialStatus` entry.
    public var entryType: String {
        switch self {
        case .bitstringStatusList: "BitstringStatusListEntry"
        case .statusList2021: "StatusList2021Entry"
        }
    }

    /// The `type` the status list credential must include.
    public var credentialType: String {
        switch self {
        case .bitstringStatusList: "BitstringStatusListCredential"
        case .statusList2021: "StatusList2021Credential"
        }
    }

    /// The `type` of the status list credential's subject.
    public var subjectType: String { rawValue }

    /// The format whose entry type is `type`.
    public init?(entryType type: String) {
        guard let format = Self.allCases.first(where: { $0.entryType.isByteEqual(to: type) }) else { return nil }
        self = format
    }
}
