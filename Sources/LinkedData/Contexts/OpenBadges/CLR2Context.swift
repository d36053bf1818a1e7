import LaurelJSON

/// The Comprehensive Learner Record 2.0 contexts: a CLR credential whose subject holds Open Badges 3.0
/// achievements and the credentials that assert them. The two published editions differ in a few terms,
/// so one table writes both.
enum CLR2Context: ContextWriter {
    enum Edition: CaseIterable, Sendable {
        /// `context.json`, first published with CLR 2.0.
        case initial
        /// `context-2.0.1.json`: adds `partial` and the subject's `identifier`, and points `obi:` at the
        /// Open Badges vocabulary's current namespace.
        case v2_0_1

        var url: String {
            switch self {
            case .initial: "https://purl.imsglobal.org/spec/clr/v2p0/context.json"
            case .v2_0_1: "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json"
            }
        }

        /// Where the `obi:` prefix points.
        var openBadgesNamespace: String {
            switch self {
            case .initial: "https://purl.imsglobal.org/spec/ob/v3p0/vocab.html#"
            case .v2_0_1: Vocabulary.openBadges3.namespace
            }
        }
    }

    private static let clr = Vocabulary.clr2
    private static let cred = Vocabulary.credentials.compact("cred")

    // As published, both editions coerce to `xsd:boolean` and `xsd:anyURI` without declaring `xsd:`, so
    // those types stay the compact strings they are written as.
    static func document(_ edition: Edition) -> JSON {
        let obi = Vocabulary(edition.openBadgesNamespace).compact("obi")
        return context {
            idAndType

            type("ClrCredential", clr.ClrCredential) {
                idAndType
                if edition == .v2_0_1 {
                    typed("partial", clr.partial, "xsd:boolean")
                }
            }

            type("ClrSubject", clr.ClrSubject) {
                idAndType
                prefix(cred, obi)
                typed("achievement", clr.achievement, obi.Achievement, container: .set)
                typed("association", clr.association, clr.Association, container: .set)
                typed("verifiableCredential", clr.verifiableCredential, cred.verifiableCredential, container: .set)
                if edition == .v2_0_1 {
                    typed("identifier", clr["identifier-1"], obi.Identifier, container: .set)
                }
            }

            type("Association", clr.Association) {
                term("associationType", clr.AssociationType)
                typed("sourceId", clr.sourceId, "xsd:anyURI")
                typed("targetId", clr.targetId, "xsd:anyURI")
            }
        }
    }
}
