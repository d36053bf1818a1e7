import BadgeCrypto

/// A salted hash of a recipient identifier: `sha256$` or `md5$` followed by the hexadecimal digest of the
/// UTF-8 bytes of identifier ‖ salt (OB 3.0 `IdentityHash`, unchanged from OB 2.0).
///
/// Laurel makes SHA-256 hashes only. It verifies both algorithms because the specification still lists
/// MD5, and accepts upper- or lower-case hex as the specification allows; it writes lower case.
public struct IdentityHash: Sendable, Hashable, CustomStringConvertible {
    public enum Algorithm: String, Sendable, CaseIterable {
        case sha256
        case md5

        var digestLength: Int { self == .sha256 ? 32 : 16 }

        func digest(_ bytes: [UInt8]) -> [UInt8] {
            switch self {
            case .sha256: SHA256.hash(bytes)
            case .md5: MD5.hash(bytes)
            }
        }
    }

    public let algorithm: Algorithm
    /// The raw digest bytes (32 for SHA-256, 16 for MD5).
    public let digest: [UInt8]

    /// Hashes `identifier` salted with `salt` (SHA-256). An empty salt gives an unsalted hash; issuers
    /// should pass a fresh random salt per credential so the hash cannot be matched across credentials.
    public init(identifier: String, salt: String) {
        self.init(identifier: identifier, salt: salt, algorithm: .sha256)
    }

    init(identifier: String, salt: String, algorithm: Algorithm) {
        self.algorithm = algorithm
        self.digest = algorithm.digest(Array(identifier.utf8) + Array(salt.utf8))
    }

    /// Parses `sha256$<64 hex digits>` or `md5$<32 hex digits>`.
    public init(_ text: String) throws(IdentityHashError) {
        let bytes = Array(text.utf8)
        guard let separator = bytes.firstIndex(of: UInt8(ascii: "$")) else {
            throw IdentityHashError(value: text, reason: .missingSeparator)
        }
        let name = String(decoding: bytes[..<separator], as: UTF8.self)
        guard let algorithm = Algorithm.allCases.first(where: { $0.rawValue.isByteEqual(to: name) }) else {
            throw IdentityHashError(value: text, reason: .unknownAlgorithm(name))
        }
        let hex = bytes[(separator + 1)...]
        guard hex.count == algorithm.digestLength * 2, let digest = Self.decodeHex(hex) else {
            throw IdentityHashError(value: text, reason: .badDigest(algorithm: algorithm.rawValue, hexDigits: algorithm.digestLength * 2))
        }
        self.algorithm = algorithm
        self.digest = digest
    }

    /// True when this is the hash of `identifier` salted with `salt` (no salt means the empty salt).
    public func matches(identifier: String, salt: String?) -> Bool {
        algorithm.digest(Array(identifier.utf8) + Array((salt ?? "").utf8)) == digest
    }

    /// `sha256$` + lower-case hex.
    public var text: String { algorithm.rawValue + "$" + digest.hexString }

    public var description: String { text }

    private static func decodeHex(_ hex: ArraySlice<UInt8>) -> [UInt8]? {
        func nibble(_ c: UInt8) -> UInt8? {
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
            default: nil
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(hex.count / 2)
        var index = hex.startIndex
        while index < hex.endIndex {
            guard let high = nibble(hex[index]), let low = nibble(hex[index + 1]) else { return nil }
            out.append(high << 4 | low)
            index += 2
        }
        return out
    }
}

/// Why a text is not an `IdentityHash`.
public struct IdentityHashError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        case missingSeparator
        case unknownAlgorithm(String)
        case badDigest(algorithm: String, hexDigits: Int)
    }

    public let value: String
    public let reason: Reason

    public init(value: String, reason: Reason) {
        self.value = value
        self.reason = reason
    }

    public var description: String {
        let shown = value.count > 80 ? String(value.prefix(80)) + "…" : value
        switch reason {
        case .missingSeparator:
            return "\"\(shown)\" is not an identity hash: expected an algorithm, \"$\" and a hex digest (sha256$…)"
        case .unknownAlgorithm(let name):
            return "\"\(shown)\" is not an identity hash: unknown algorithm \"\(name)\" (expected sha256 or md5)"
        case .badDigest(let algorithm, let digits):
            return "\"\(shown)\" is not an identity hash: a \(algorithm) digest is \(digits) hexadecimal digits"
        }
    }
}
