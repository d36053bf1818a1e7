/// A credential's issuer: the IRI of a profile published elsewhere, or the profile itself.
///
/// Both forms are valid in OB 3.0; the form that was read is the form written back.
public enum ProfileReference: OpenBadgesModel {
    case iri(String)
    case profile(Profile)

    /// The issuer's IRI in either form.
    public var id: String {
        switch self {
        case .iri(let iri): iri
        case .profile(let profile): profile.id
        }
    }

    /// The embedded profile, when there is one.
    public var profile: Profile? { if case .profile(let profile) = self { profile } else { nil } }

    public init(json: JSON, at pointer: JSONPointer, warnings: inout [DecodingWarning]) throws(BadgeDecodingError) {
        switch json {
        case .string(let iri): self = .iri(iri)
        case .object: self = .profile(try Profile(json: json, at: pointer, warnings: &warnings))
        default: throw BadgeDecodingError(.wrongKind(expected: "an IRI or a Profile object", found: json.kindName), at: pointer)
        }
    }

    public var json: JSON {
        switch self {
        case .iri(let iri): .string(iri)
        case .profile(let profile): profile.json
        }
    }
}
