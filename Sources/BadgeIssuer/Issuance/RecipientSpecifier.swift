import BadgeCrypto
import OpenBadges

/// A recipient as a person types it: `email:ana@example.org`; another OB 3.0 identifier type such as
/// `sourcedId:1234` or `userName:ana`; or a DID (`did:…`), a URL (`url:https://…`) or any absolute URI
/// (`id:URI`) that becomes the credential subject's `id`.
///
/// E-mail addresses and other identifiers become an `IdentityObject`; unless hashing is turned off,
/// only a salted SHA-256 of the identifier goes into the credential, so the credential does not
/// disclose the address to whoever sees it. E-mail addresses are trimmed and lower-cased before hashing
/// (the case of an address is not meaningful to people, and a verifier compares hashes byte for byte).
public struct RecipientSpecifier: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case email(String)
        /// An identifier of another OB 3.0 `IdentifierTypeEnum` type.
        case identifier(IdentifierType, String)
        case subjectID(String)
    }

    public let kind: Kind

    public init(kind: Kind) { self.kind = kind }

    /// Parses `email:…`, `TYPE:…` for an OB 3.0 identifier type, `url:…`, `did:…`, or `id:URI`.
    public init(parsing text: String) throws(IssuanceError) {
        let trimmed = text.trimmingSpaces()
        guard let colon = trimmed.firstIndex(of: ":") else {
            throw .invalidRecipient(text, "expected a prefix such as email:, did:, url: or id:")
        }
        let prefix = String(trimmed[..<colon])
        let scheme = prefix.lowercased()
        let rest = String(trimmed[trimmed.index(after: colon)...]).trimmingSpaces()
        guard !rest.isEmpty else { throw .invalidRecipient(text, "nothing follows \(scheme):") }
        switch scheme {
        case "email", "mailto":
            let address = rest.lowercased()
            let parts = address.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !address.contains(" ") else {
                throw .invalidRecipient(text, "\(rest) is not an e-mail address")
            }
            kind = .email(address)
        case "url":
            guard rest.hasPrefix("https://") || rest.hasPrefix("http://") else {
                throw .invalidRecipient(text, "a url: recipient must start with https:// or http://")
            }
            kind = .subjectID(rest)
        case "did":
            kind = .subjectID(trimmed)
        case "id":
            guard rest.contains(":") else { throw .invalidRecipient(text, "id: must be followed by an absolute URI") }
            kind = .subjectID(rest)
        default:
            let type = IdentifierType(rawValue: prefix)
            guard type.isKnown, type != .emailAddress else {
                throw .invalidRecipient(text, "unknown recipient kind \(prefix):; use email:, did:, url:, id:, or an OB 3.0 identifier type such as sourcedId:")
            }
            kind = .identifier(type, rest)
        }
    }

    /// The recipient for a credential: hashed with a fresh random salt unless `hashed` is false.
    public func recipient(hashed: Bool) throws(IssuanceError) -> Recipient {
        let identifier: String
        let type: IdentifierType
        switch kind {
        case .subjectID(let id): return .id(id)
        case .email(let address): (identifier, type) = (address, .emailAddress)
        case .identifier(let kind, let value): (identifier, type) = (value, kind)
        }
        guard hashed else { return .identity(.plaintext(identifier, type: type)) }
        let salt: String
        do { salt = try SecureRandom.token(byteCount: 16, encoding: .hex) } catch {
            throw .randomnessUnavailable(error.description)
        }
        return .identity(.hashed(identifier, type: type, salt: salt))
    }

    public var description: String {
        switch kind {
        case .email(let value): "email:\(value)"
        case .identifier(let type, let value): "\(type.rawValue):\(value)"
        case .subjectID(let value): value
        }
    }
}

extension String {
    func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
