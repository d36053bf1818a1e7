/// A `credentialStatus` entry of type `1EdTechRevocationList` (OB 3.0 §9.7, the 1EdTech Revocation List
/// Status Method): `id` is the URL of the issuer's revocation list.
public struct RevocationListEntry: Sendable, Equatable {
    public static let type = "1EdTechRevocationList"
    public var id: String

    public init(id: String) { self.id = id }

    public init(json: JSON, at pointer: JSONPointer = .root) throws(BadgeDecodingError) {
        var reader = try ObjectReader(json, at: pointer, what: "a 1EdTechRevocationList object")
        id = try reader.requiredString("id")
    }
}

/// The document a `1EdTechRevocationList` URL serves: the credentials the issuer has revoked. A
/// credential is revoked when its id is listed and the entry's `revoked` is true or absent.
public struct RevocationList: Sendable, Equatable {
    public var id: String?
    public var issuerID: String?
    public var revokedCredentials: [RevokedCredential]

    public init(id: String? = nil, issuerID: String? = nil, revokedCredentials: [RevokedCredential]) {
        self.id = id
        self.issuerID = issuerID
        self.revokedCredentials = revokedCredentials
    }

    /// Reads the list. Each entry of `revokedCredentials` is an object with an `id`, or (as OB 2.0
    /// revocation lists allow) the id itself as a string.
    public init(json: JSON, at pointer: JSONPointer = .root) throws(BadgeDecodingError) {
        var reader = try ObjectReader(json, at: pointer, what: "a revocation list object")
        id = try reader.string("id")
        if let issuer = reader.value("issuer") {
            issuerID = issuer.stringValue ?? issuer["id"]?.stringValue
        }
        guard reader.contains("revokedCredentials") else {
            throw BadgeDecodingError(.missingProperty, at: reader.path("revokedCredentials"))
        }
        revokedCredentials = try reader.many("revokedCredentials") { (value, place) throws(BadgeDecodingError) in
            try RevokedCredential(json: value, at: place)
        }
    }

    /// The entry for `credentialID` that revokes it, if any (ids compared byte for byte).
    public func revocation(of credentialID: String) -> RevokedCredential? {
        revokedCredentials.first { $0.id.isByteEqual(to: credentialID) && $0.revoked }
    }
}

/// One entry of a revocation list.
public struct RevokedCredential: Sendable, Equatable {
    public var id: String
    /// False only when the list says so explicitly (`"revoked": false`).
    public var revoked: Bool
    public var revocationReason: String?

    public init(id: String, revoked: Bool = true, revocationReason: String? = nil) {
        self.id = id
        self.revoked = revoked
        self.revocationReason = revocationReason
    }

    init(json: JSON, at pointer: JSONPointer) throws(BadgeDecodingError) {
        if case .string(let text) = json {
            id = text
            revoked = true
            return
        }
        var reader = try ObjectReader(json, at: pointer, what: "a revoked credential (an object with an id)")
        id = try reader.requiredString("id")
        revoked = try reader.bool("revoked") ?? true
        revocationReason = try reader.string("revocationReason")
    }
}
