/// One `credentialStatus` entry of a credential, read by its `type`. Entries of a type Laurel does not
/// know are kept as `unsupported` so that a verifier reports them instead of skipping them.
public enum CredentialStatusEntry: Sendable, Equatable {
    case statusList(BitstringStatusListEntry)
    case revocationList(RevocationListEntry)
    case unsupported(types: [String])

    /// Reads an entry; `type` chooses the method.
    public init(json: JSON, at pointer: JSONPointer = .root) throws(BadgeDecodingError) {
        guard case .object(let object) = json else {
            throw BadgeDecodingError(.wrongKind(expected: "a credentialStatus object", found: json.kindName), at: pointer)
        }
        guard let typeValue = object["type"], !typeValue.isNull else {
            throw BadgeDecodingError(.missingProperty, at: pointer.appending("type"))
        }
        let types = typeValue.asArray.compactMap(\.stringValue)
        if let format = types.lazy.compactMap(StatusListFormat.init(entryType:)).first {
            self = .statusList(try BitstringStatusListEntry(json: json, format: format, at: pointer))
        } else if types.contains(where: { $0.isByteEqual(to: RevocationListEntry.type) }) {
            self = .revocationList(try RevocationListEntry(json: json, at: pointer))
        } else {
            self = .unsupported(types: types)
        }
    }

    /// The `credentialStatus` values of a credential document with their pointers: none, one object, or
    /// an array of them.
    public static func values(in credential: JSON) -> [(pointer: JSONPointer, json: JSON)] {
        guard let value = credential["credentialStatus"], !value.isNull else { return [] }
        let base = JSONPointer.root.appending("credentialStatus")
        if case .array(let elements) = value {
            return elements.enumerated().map { (base.appending($0.offset), $0.element) }
        }
        return [(base, value)]
    }
}
