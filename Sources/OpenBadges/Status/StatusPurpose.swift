/// Why a status entry exists (Bitstring Status List §2.1 `statusPurpose`): the value is an open string,
/// but four values have a fixed meaning. Compared by exact bytes, like every identifier Laurel reads.
public struct StatusPurpose: RawRepresentable, Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }
    public var description: String { rawValue }

    /// Cancels the credential for good: a revoked credential is never reinstated.
    public static let revocation: StatusPurpose = "revocation"
    /// Holds the credential invalid for now; the issuer may lift it.
    public static let suspension: StatusPurpose = "suspension"
    /// Tells the holder that a newer version of the credential is available.
    public static let refresh: StatusPurpose = "refresh"
    /// Points at one of several messages (`statusMessage`), with `statusSize` bits per credential.
    public static let message: StatusPurpose = "message"

    /// The purposes whose meaning Laurel knows.
    public static let known: [StatusPurpose] = [.revocation, .suspension, .refresh, .message]

    public var isKnown: Bool { Self.known.contains(self) }

    public static func == (lhs: StatusPurpose, rhs: StatusPurpose) -> Bool { lhs.rawValue.isByteEqual(to: rhs.rawValue) }

    public func hash(into hasher: inout Hasher) { hasher.combine(Array(rawValue.utf8)) }
}
