/// An extensible enumerated vocabulary of the OB 3.0 data model (`AchievementType`, `ResultType`...).
///
/// Values outside the published terms are kept as they are, never rejected or rewritten: the
/// specification lets issuers extend these vocabularies with `ext:` names, and a verifier must be able to
/// show (and a round trip must keep) whatever an issuer wrote. `isKnown` and `isWellFormedExtension` let a
/// checker tell the three cases apart.
public protocol OpenVocabulary: RawRepresentable<String>, Sendable, Hashable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    init(rawValue: String)
    /// The terms the specification defines, in its order.
    static var knownTerms: [Self] { get }
}

extension OpenVocabulary {
    public init(stringLiteral value: String) { self.init(rawValue: value) }

    public var description: String { rawValue }

    /// True for one of the specification's terms (compared by exact bytes).
    public var isKnown: Bool { Self.knownTerms.contains { $0.rawValue.isByteEqual(to: rawValue) } }

    /// True for an extension term: `ext:` followed by one or more letters, digits, `.`, `-`, `_` (the
    /// pattern of the OB 3.0 schemas, anchored here).
    public var isWellFormedExtension: Bool {
        let bytes = Array(rawValue.utf8)
        guard bytes.count > 4, bytes.starts(with: Array("ext:".utf8)) else { return false }
        return bytes.dropFirst(4).allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
        }
    }

    /// An extension term `ext:<name>`.
    public static func ext(_ name: String) -> Self { Self(rawValue: "ext:" + name) }
}
