/// An Open Badges 3.0 credential of either kind, for code that reads a document without knowing which
/// it is. The kind is chosen by `type`.
public enum AnyCredential: OpenBadgesModel {
    case achievement(AchievementCredential)
    case endorsement(EndorsementCredential)

    public init(json: JSON, at pointer: JSONPointer, warnings: inout [DecodingWarning]) throws(BadgeDecodingError) {
        let types = json["type"].map(\.asArray)?.compactMap(\.stringValue) ?? []
        func has(_ names: [String]) -> Bool { types.contains { value in names.contains { $0.isByteEqual(to: value) } } }
        if has(AchievementSubject.credentialTypeNames) {
            self = .achievement(try AchievementCredential(json: json, at: pointer, warnings: &warnings))
        } else if has(EndorsementSubject.credentialTypeNames) {
            self = .endorsement(try EndorsementCredential(json: json, at: pointer, warnings: &warnings))
        } else if case .object(let object) = json, object["type"] == nil {
            throw BadgeDecodingError(.missingProperty, at: pointer.appending("type"))
        } else if case .object = json {
            throw BadgeDecodingError(
                .missingTypeValue(expected: AchievementSubject.credentialTypeNames + EndorsementSubject.credentialTypeNames,
                                  found: types),
                at: pointer.appending("type"))
        } else {
            throw BadgeDecodingError(.wrongKind(expected: "a credential object", found: json.kindName), at: pointer)
        }
    }

    public var json: JSON {
        switch self {
        case .achievement(let credential): credential.json
        case .endorsement(let credential): credential.json
        }
    }

    public var id: String {
        switch self {
        case .achievement(let credential): credential.id
        case .endorsement(let credential): credential.id
        }
    }
}
