import BadgeCrypto
import LaurelJSON

/// A controller document (W3C Controlled Identifiers 1.0; a DID document is one) supplied to the verifier,
/// read the way "Retrieve Verification Method" asks: the document's `id` must be the verification method's
/// base URL, the method must be in the document with that exact id and controlled by the document's id,
/// and it must be listed under the verification relationship the proof claims.
struct ControllerDocument {
    let id: String
    let object: JSONObject

    /// The document, checked to be the one `base` names.
    init(_ json: JSON, base: String) throws(KeyResolutionError) {
        guard case .object(let object) = json else {
            throw .invalid(base, reason: "the controller document is \(json.kindName), not an object")
        }
        guard let id = object["id"]?.stringValue else {
            throw .invalid(base, reason: "the controller document has no id")
        }
        guard id.isByteEqual(to: base) else {
            throw .invalid(base, reason: "the controller document supplied for \(base) has the id \(id)")
        }
        self.id = id
        self.object = object
    }

    /// A verification method found in the document.
    struct Method {
        let id: String
        let type: String
        let controller: String
        let key: SigningPublicKey
    }

    /// The verification method `methodID`, with its key.
    func method(_ methodID: String) throws(KeyResolutionError) -> Method {
        let candidates = (object["verificationMethod"].map(\.asArray) ?? [])
            + Self.relationships.flatMap { object[$0].map(\.asArray) ?? [] }
        guard let found = candidates.lazy.compactMap(\.objectValue).first(where: { entry in
            entry["id"]?.stringValue.map { absolute($0).isByteEqual(to: methodID) } ?? false
        }) else {
            throw .invalid(methodID, reason: "the controller document \(id) has no verification method with this id")
        }
        guard let type = found["type"]?.stringValue else {
            throw .invalid(methodID, reason: "the verification method has no type")
        }
        guard let controller = found["controller"]?.stringValue.map(absolute) else {
            throw .invalid(methodID, reason: "the verification method names no controller")
        }
        guard controller.isByteEqual(to: id) else {
            throw .invalid(methodID, reason: "the verification method is controlled by \(controller), not by the document's \(id)")
        }
        return Method(id: methodID, type: type, controller: controller, key: try Self.key(of: found, type: type, id: methodID))
    }

    /// Whether the document lists `methodID` under `relationship` (`assertionMethod`), by reference or by value.
    func authorizes(_ methodID: String, for relationship: String) -> Bool {
        (object[relationship].map(\.asArray) ?? []).contains { entry in
            let reference = entry.stringValue ?? entry["id"]?.stringValue
            return reference.map { absolute($0).isByteEqual(to: methodID) } ?? false
        }
    }

    /// A relative reference (`#key-1`) against the document's id.
    func absolute(_ reference: String) -> String {
        reference.hasPrefix("#") ? id + reference : reference
    }

    static let relationships = ["assertionMethod", "authentication", "capabilityInvocation", "capabilityDelegation", "keyAgreement"]

    /// The public key of a Multikey, Ed25519VerificationKey2020 or JsonWebKey verification method.
    static func key(of method: JSONObject, type: String, id: String) throws(KeyResolutionError) -> SigningPublicKey {
        if let multibase = method["publicKeyMultibase"]?.stringValue {
            do { return try Multikey.decodePublicKey(multibase) } catch {
                throw .invalid(id, reason: "publicKeyMultibase is not a usable key: \(error)")
            }
        }
        if let jwk = method["publicKeyJwk"] {
            do {
                let parsed = try JWK(json: jwk)
                guard parsed.privateKey == nil else { throw KeyResolutionError.invalid(id, reason: "publicKeyJwk holds a private key") }
                return parsed.publicKey
            } catch let error as KeyResolutionError {
                throw error
            } catch {
                throw .invalid(id, reason: "publicKeyJwk is not a usable key: \(error)")
            }
        }
        throw .invalid(id, reason: "the \(type) verification method has neither publicKeyMultibase nor publicKeyJwk")
    }
}
