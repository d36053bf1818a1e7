import LaurelJSON
import OpenBadges

/// Reads the presented OB 2.0 document (`state.credentialJSON`): refuses OB 1.x with an explanation,
/// checks its contexts and types with the JSON-LD processor, and reads it with the OB 2.0 model. A
/// failure names the JSON pointer of the problem and stops the pipeline.
struct OB2ReadStep: VerificationStep {
    let session: OB2Session
    /// Where the document was fetched from, when the input was a URL.
    let fetchedFrom: String?

    func run(_ state: inout VerificationState) async {
        guard let json = state.credentialJSON else { return }
        if case .legacy(let version)? = OB2.Generation.of(json) {
            state.add(.failed(.ob2LegacyVersion, version.explanation, evidence: ["version": .string(version.rawValue)]))
            state.halted = true
            return
        }
        let findings: OB2.LinkedDataCheck.Findings
        do {
            findings = try OB2.LinkedDataCheck.run(json)
        } catch {
            state.add(error.check)
            state.halted = true
            return
        }
        var warnings: [DecodingWarning] = []
        let document: OB2.Document
        do {
            document = try OB2.Document(json: json, warnings: &warnings)
        } catch {
            state.add(.failed(.structureInvalid,
                              "The badge is not a well-formed Open Badges 2.0 document: \(error.message) (at \(error.pointer)).",
                              evidence: ["pointer": .string(error.pointer.description)]))
            state.halted = true
            return
        }
        session.update {
            $0.presented = document
            $0.presentedFrom = fetchedFrom
            if case .assertion(let assertion) = document { $0.assertion = assertion }
            if case .badgeClass(let badgeClass) = document { $0.badgeClass = badgeClass }
        }
        state.add(.passed(.structureValid, "The badge is a well-formed Open Badges 2.0 \(Self.noun(document)).",
                          evidence: ["type": .string(document.className)]))
        OB2DocumentNotes.add(warnings: warnings, findings: findings, to: &state)
        OB2DocumentNotes.addContent(of: document, to: &state)
    }

    /// How a person would call the document.
    static func noun(_ document: OB2.Document) -> String {
        switch document {
        case .assertion: "assertion (an awarded badge)"
        case .badgeClass: "badge class"
        case .profile(let profile): profile.type.contains("Issuer") ? "issuer profile" : "profile"
        case .endorsement: "endorsement"
        case .cryptographicKey: "public key"
        case .revocationList: "revocation list"
        case .alignmentObject: "alignment"
        case .other(let types, _): "object of type \(types.joined(separator: ", "))"
        }
    }
}

extension OB2.LinkedDataCheck.Problem {
    /// The report entry for a document the JSON-LD check refuses.
    var check: Check {
        switch self {
        case .missingContext, .unknownContext, .changedTerm:
            return .failed(.contextInvalid, "The badge's @context is not the Open Badges 2.0 context: \(description).")
        case .legacyContext:
            return .failed(.ob2LegacyVersion, OB2.LegacyVersion.v1_1.explanation, evidence: ["version": "1.1"])
        case .notLinkedData:
            return .failed(.structureInvalid, "The badge is not valid linked data (JSON-LD): \(description).")
        case .relativeType(let value):
            return .failed(.typeInvalid,
                           "The badge's type \"\(value)\" is not an Open Badges class, nor any class the badge's context defines.",
                           evidence: ["type": .string(value)])
        }
    }
}
