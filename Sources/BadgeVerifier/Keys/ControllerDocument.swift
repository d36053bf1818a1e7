import LaurelJSON

/// A DID document or controlled identifier document: an `id`, the `verificationMethod`s it defines, and
/// the relationships (`assertionMethod`, `authentication`) that say what each key may be used for.
///
/// Reading follows the verification-method retrieval rules of Controlled Identifiers v1.0 §3.3 and DID
/// Core §5: the document's `id` must be the identifier it was fetched for; the method must have the id
/// that was asked for and be controlled by the document's subject; and it must be listed — by
/// reference or embedded — under the relationship the proof claims.
struct ControllerDocument: Sendable {
    /// The identifier the document is about (a DID, or the URL of the document without fragment).
    let id: String
    /// Where it was read from, for messages ("the DID document at https://…").
    let place: String
    let members: JSONObject

    /// More verification methods (or relationship entries) than this make a document refused: no real
    /// issuer needs them, and they would make every lookup slow.
    static let maxEntries = 64

    init(_ json: JSON, expectedID: String, place: String, for methodID: String) throws(KeyResolutionError) {
        guard case .object(let members) = json else {
            throw .invalid(methodID, reason: "\(place) is a JSON \(json.kindName), not an object")
        }
        guard let id = members["id"]?.stringValue else { throw .invalid(methodID, reason: "\(place) has no \"id\"") }
        guard id.isByteEqual(to: expectedID) else {
            throw .invalid(methodID, reason: "\(place) is the document of \(id), not of \(expectedID)")
        }
        self.id = id
        self.place = place
        self.members = members
    }

    /// The absolute form of a method id written in the document (`#key-1` is relative to the document).
    func absolute(_ reference: String) -> String {
        reference.hasPrefix("#") ? id + reference : reference
    }

    /// The verification method `methodID`, checked for `purpose`.
    func method(_ methodID: String, purpose: VerificationRelationship) throws(KeyResolutionError) -> JSONObject {
        let defined = try entries("verificationMethod", for: methodID)
        var definitions: [JSONObject] = []
        for entry in defined {
            guard case .object(let method) = entry else {
                throw .invalid(methodID, reason: "an entry of \"verificationMethod\" in \(place) is not an object")
            }
            guard let entryID = method["id"]?.stringValue else {
                throw .invalid(methodID, reason: "a verification method in \(place) has no \"id\"")
            }
            if absolute(entryID).isByteEqual(to: methodID) { definitions.append(method) }
        }
        guard definitions.count <= 1 else { throw .invalid(methodID, reason: "\(place) defines \(methodID) more than once") }

        var listed: JSONObject?
        var referenced = false
        for entry in try entries(purpose.rawValue, for: methodID) {
            switch entry {
            case .string(let reference) where absolute(reference).isByteEqual(to: methodID):
                referenced = true
            case .object(let embedded):
                if let embeddedID = embedded["id"]?.stringValue, absolute(embeddedID).isByteEqual(to: methodID) {
                    guard listed == nil else { throw .invalid(methodID, reason: "\(place) embeds \(methodID) more than once under \(purpose.rawValue)") }
                    listed = embedded
                }
            case .string:
                continue
            default:
                throw .invalid(methodID, reason: "an entry of \"\(purpose.rawValue)\" in \(place) is neither a reference nor a verification method")
            }
        }
        let method: JSONObject
        if let listed {
            method = listed
        } else if referenced {
            guard let definition = definitions.first else {
                throw .invalid(methodID, reason: "\(place) lists \(methodID) under \(purpose.rawValue) but does not define it")
            }
            method = definition
        } else if definitions.isEmpty {
            throw .invalid(methodID, reason: "\(place) has no verification method \(methodID)")
        } else {
            throw .notAuthorized(methodID, reason: "\(place) defines \(methodID) but does not list it under \(purpose.rawValue), so it may not be used to issue credentials")
        }
        try checkController(of: method, methodID: methodID)
        return method
    }

    /// The method's controller must be the document's subject (Controlled Identifiers §3.3): otherwise
    /// any document could claim a key for any controller.
    func checkController(of method: JSONObject, methodID: String) throws(KeyResolutionError) {
        guard let controller = method["controller"]?.stringValue else {
            throw .invalid(methodID, reason: "the verification method in \(place) has no \"controller\"")
        }
        guard absolute(controller).isByteEqual(to: id) else {
            throw .invalid(methodID, reason: "the verification method in \(place) is controlled by \(controller), not by \(id), whose document lists it")
        }
    }

    /// A member that must be an array when present, bounded.
    func entries(_ name: String, for methodID: String) throws(KeyResolutionError) -> [JSON] {
        guard let value = members[name] else { return [] }
        guard case .array(let items) = value else {
            throw .invalid(methodID, reason: "\"\(name)\" in \(place) is not an array")
        }
        guard items.count <= Self.maxEntries else {
            throw .invalid(methodID, reason: "\"\(name)\" in \(place) has \(items.count) entries, more than the \(Self.maxEntries) Laurel reads")
        }
        return items
    }

    /// Whether the document lists `methodID` under `purpose`, by reference or embedded (used to confirm a
    /// standalone key document with its controller).
    func lists(_ methodID: String, under purpose: VerificationRelationship) throws(KeyResolutionError) -> Bool {
        for entry in try entries(purpose.rawValue, for: methodID) {
            switch entry {
            case .string(let reference) where absolute(reference).isByteEqual(to: methodID): return true
            case .object(let embedded) where embedded["id"]?.stringValue.map({ absolute($0).isByteEqual(to: methodID) }) == true:
                return true
            default: continue
            }
        }
        return false
    }
}
