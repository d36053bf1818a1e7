import OpenBadges

/// One status list as its issuer keeps it: the bits, the purpose, and the URL it is published at.
/// Revoking, suspending and reinstating set and clear bits; `credential(…)` builds the
/// `BitstringStatusListCredential` document to sign and publish.
public struct IssuerStatusList: Sendable, Equatable {
    /// The specification's minimum: 131,072 entries (16 KB), so that each credential hides in a crowd.
    public static let minimumEntries = 131_072

    public let url: String
    public let purpose: StatusPurpose
    public private(set) var bitstring: StatusBitstring

    /// A new list with every entry clear.
    public init(url: String, purpose: StatusPurpose = .revocation, entries: Int = minimumEntries) throws(StatusListIssuanceError) {
        guard entries >= Self.minimumEntries else { throw .listTooShort(entries: entries, minimum: Self.minimumEntries) }
        self.url = url
        self.purpose = purpose
        do { bitstring = try StatusBitstring(entries: entries) } catch { throw .list(error) }
    }

    /// The list as last published, to continue from it.
    public init(url: String, purpose: StatusPurpose, bitstring: StatusBitstring) throws(StatusListIssuanceError) {
        guard bitstring.bitCount >= Self.minimumEntries else {
            throw .listTooShort(entries: bitstring.bitCount, minimum: Self.minimumEntries)
        }
        self.url = url
        self.purpose = purpose
        self.bitstring = bitstring
    }

    public var entries: Int { bitstring.bitCount }

    /// Whether entry `index` is set (revoked or suspended).
    public func isSet(_ index: Int) throws(StatusListIssuanceError) -> Bool {
        do { return try bitstring.value(at: index) == 1 } catch { throw .list(error) }
    }

    /// Revokes the credential at `index`, for good.
    public mutating func revoke(_ index: Int) throws(StatusListIssuanceError) {
        guard purpose == .revocation else { throw .wrongPurpose(operation: "revoke", purpose: purpose) }
        try set(index, to: 1)
    }

    /// Suspends the credential at `index` until it is reinstated.
    public mutating func suspend(_ index: Int) throws(StatusListIssuanceError) {
        guard purpose == .suspension else { throw .wrongPurpose(operation: "suspend", purpose: purpose) }
        try set(index, to: 1)
    }

    /// Lifts a suspension. A revocation cannot be lifted.
    public mutating func reinstate(_ index: Int) throws(StatusListIssuanceError) {
        if purpose == .revocation, try isSet(index) { throw .revocationIsPermanent(index: index) }
        guard purpose == .suspension else { throw .wrongPurpose(operation: "reinstate", purpose: purpose) }
        try set(index, to: 0)
    }

    private mutating func set(_ index: Int, to value: Int) throws(StatusListIssuanceError) {
        do { try bitstring.setValue(value, at: index) } catch { throw .list(error) }
    }

    /// The `BitstringStatusListCredential` of the list as it is now, ready to be signed: its id is the
    /// list URL and its subject `<list URL>#list`. `ttl` (milliseconds) tells verifiers how long they may
    /// cache it.
    public func credential(issuerID: String, validFrom: DateTime, validUntil: DateTime? = nil, ttl: Int? = nil) -> StatusListCredential {
        StatusListCredential(id: url, issuerID: issuerID, validFrom: validFrom.withExplicitTimeZone,
                             validUntil: validUntil?.withExplicitTimeZone, subjectID: url + "#list", statusPurposes: [purpose],
                             encodedList: bitstring.encodedList(format: .bitstringStatusList), ttl: ttl)
    }
}
