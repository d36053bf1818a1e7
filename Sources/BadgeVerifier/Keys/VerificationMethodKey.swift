import BadgeCrypto
import LaurelJSON

/// The public key of a verification method object (DID Core §5.2, Controlled Identifiers §2.2):
/// `Multikey` and `Ed25519VerificationKey2020` carry `publicKeyMultibase`, `JsonWebKey` and
/// `JsonWebKey2020` carry `publicKeyJwk`; a standalone key document may instead carry `publicKeyPem`.
enum VerificationMethodKey {
    /// The key types read, for messages.
    static let supportedTypes = ["Multikey", "JsonWebKey", "JsonWebKey2020", "Ed25519VerificationKey2020"]

    /// The key of `method` (whose id is `id`), and the name of its type for the report.
    /// - Parameter allowPEM: whether `publicKeyPem` is read (standalone key documents only).
    static func key(of method: JSONObject, id: String, where place: String, allowPEM: Bool) throws(KeyResolutionError)
        -> (key: SigningPublicKey, type: String)
    {
        guard let type = method["type"]?.stringValue else {
            throw .invalid(id, reason: "the verification method in \(place) has no \"type\"")
        }
        let materials = ["publicKeyMultibase", "publicKeyJwk", "publicKeyPem", "publicKeyBase58"].filter { method[$0] != nil }
        guard materials.count <= 1 else {
            throw .invalid(id, reason: "the verification method in \(place) has several keys (\(materials.joined(separator: ", "))); it must have one")
        }
        switch type {
        case "Multikey", "Ed25519VerificationKey2020":
            guard let text = method["publicKeyMultibase"]?.stringValue else {
                throw .invalid(id, reason: "a \(type) verification method needs a string \"publicKeyMultibase\" (in \(place))")
            }
            let key: SigningPublicKey
            do { key = try Multikey.decodePublicKey(text) } catch {
                throw .invalid(id, reason: "its publicKeyMultibase in \(place) is not a public key: \(error)")
            }
            if type == "Ed25519VerificationKey2020", key.keyType != .ed25519 {
                throw .invalid(id, reason: "an Ed25519VerificationKey2020 in \(place) holds a \(key.keyType) key")
            }
            return (key, type)
        case "JsonWebKey", "JsonWebKey2020":
            guard let jwkJSON = method["publicKeyJwk"], jwkJSON.objectValue != nil else {
                throw .invalid(id, reason: "a \(type) verification method needs an object \"publicKeyJwk\" (in \(place))")
            }
            return (try publicJWK(jwkJSON, id: id, place: place), type)
        default:
            if allowPEM, let pem = method["publicKeyPem"]?.stringValue {
                guard pem.utf8.count <= 16 * 1024 else { throw .invalid(id, reason: "its publicKeyPem in \(place) is longer than 16 KiB") }
                do { return (try SigningPublicKey(pemRepresentation: pem), type) } catch {
                    throw .invalid(id, reason: "its publicKeyPem in \(place) is not a public key: \(error)")
                }
            }
            throw .unresolvable(id, reason: "its type \(type) (in \(place)) is not one Laurel reads (\(supportedTypes.joined(separator: ", "))\(allowPEM ? ", or a key with publicKeyPem" : ""))")
        }
    }

    /// A JWK that must be a public key.
    static func publicJWK(_ json: JSON, id: String, place: String) throws(KeyResolutionError) -> SigningPublicKey {
        let jwk: JWK
        do { jwk = try JWK(json: json) } catch {
            throw .invalid(id, reason: "its publicKeyJwk in \(place) is not a usable key: \(error)")
        }
        guard jwk.privateKey == nil else {
            throw .invalid(id, reason: "the key published in \(place) includes its private part, so anyone could sign with it")
        }
        return jwk.publicKey
    }
}
