import BadgeCrypto
import LaurelJSON
import TestSupport

/// Small conveniences shared by the BadgeCrypto tests.
enum Hex {
    /// The bytes of a hexadecimal string (test data only: a malformed string yields no bytes).
    static func bytes(_ text: String) -> [UInt8] {
        let digits = Array(text.utf8).compactMap { character -> UInt8? in
            switch character {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): character - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): character - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): character - UInt8(ascii: "A") + 10
            default: nil
            }
        }
        guard digits.count % 2 == 0 else { return [] }
        return stride(from: 0, to: digits.count, by: 2).map { digits[$0] << 4 | digits[$0 + 1] }
    }
}

extension JSON {
    /// A member path lookup for test data: `json.at("a", "b")`.
    func at(_ path: String...) -> JSON? {
        var current: JSON? = self
        for key in path { current = current?[key] }
        return current
    }
}

/// One key of each type, generated once per test process (RSA generation is slow).
enum TestKeys {
    static let ed25519: SigningPrivateKey? = try? .generate(.ed25519)
    static let p256: SigningPrivateKey? = try? .generate(.p256)
    static let p384: SigningPrivateKey? = try? .generate(.p384)
    static let rsa2048: SigningPrivateKey? = try? .generate(.rsa, rsaBits: 2048)

    static func key(_ type: KeyType) throws -> SigningPrivateKey {
        let key: SigningPrivateKey? = switch type {
        case .ed25519: ed25519
        case .p256: p256
        case .p384: p384
        case .rsa: rsa2048
        }
        guard let key else { throw KeyError.openSSLFailure(operation: "generate a test key", reason: "\(type)") }
        return key
    }
}
