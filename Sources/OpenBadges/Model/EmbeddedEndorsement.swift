/// An endorsement embedded in a credential, achievement or profile (`endorsement`).
///
/// An embedded endorsement is a credential of its own, signed by someone else: one that is malformed
/// must not make the credential that carries it unreadable, nor be altered when that credential is
/// written back. So an element that does not decode is kept verbatim as `.invalid`, with the error
/// (also reported as a `DecodingWarning`), for a verifier to report against that endorsement alone.
public enum EmbeddedEndorsement: OpenBadgesModel {
    case credential(EndorsementCredential)
    case invalid(JSON, BadgeDecodingError)

    /// The decoded endorsement, when it decoded.
    public var credential: EndorsementCredential? { if case .credential(let value) = self { value } else { nil } }

    /// Why the endorsement did not decode, when it did not.
    public var error: BadgeDecodingError? { if case .invalid(_, let error) = self { error } else { nil } }

    public init(json: JSON, at pointer: JSONPointer, warnings: inout [DecodingWarning]) {
        // The endorsement's own warnings are kept only when it decodes; a failed attempt's are moot.
        var inner: [DecodingWarning] = []
        do {
            self = .credential(try EndorsementCredential(json: json, at: pointer, warnings: &inner))
            warnings += inner
        } catch {
            warnings.append(DecodingWarning(.invalidEndorsement(error), at: pointer))
            self = .invalid(json, error)
        }
    }

    public var json: JSON {
        switch self {
        case .credential(let credential): credential.json
        case .invalid(let json, _): json
        }
    }
}
