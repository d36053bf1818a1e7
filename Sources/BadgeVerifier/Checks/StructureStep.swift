import LaurelJSON
import OpenBadges

/// Reads the credential with the Open Badges 3.0 model: `@context`, `type`, issuer, subject,
/// achievement, dates. A failure names the JSON pointer of the first problem.
public struct StructureStep: VerificationStep {
    public init() {}

    public func run(_ state: inout VerificationState) async {
        guard let json = state.credentialJSON else { return }
        var warnings: [DecodingWarning] = []
        do {
            let credential = try AnyCredential(json: json, warnings: &warnings)
            state.credential = credential
            let kind = credential.achievement == nil ? "endorsement" : "Open Badges 3.0"
            state.add(.passed(.structureValid, "The credential is a well-formed \(kind) credential.",
                              evidence: ["type": .array(credential.type.map(JSON.string))]))
            if credential.dataModel == .v1_1 {
                state.add(.warning(.dataModelV1,
                                   "The credential follows the older Verifiable Credentials 1.1 data model. It is accepted; new credentials use VC 2.0."))
            }
        } catch {
            state.add(.failed(.structureInvalid, "The credential is not a well-formed Open Badges credential: \(error.message) (at \(error.pointer)).",
                              evidence: ["pointer": .string(error.pointer.description)]))
        }
        for warning in warnings {
            switch warning.kind {
            case .dateTimeWithoutTimeZone:
                state.add(.warning(.dateWithoutTimeZone, "A date in the credential has no time zone; Laurel read it as UTC.",
                                   evidence: ["pointer": .string(warning.pointer.description)]))
            case .invalidEndorsement(let error):
                state.add(.warning(.endorsementUnreadable, "An endorsement inside the credential is malformed and was not checked: \(error.message).",
                                   evidence: ["pointer": .string(warning.pointer.description)]))
            case .credentialSubjectInArray, .imageAsIRI:
                break  // compacted forms the specification allows
            }
        }
    }
}
