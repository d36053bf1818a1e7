import LaurelJSON

/// `https://www.w3.org/ns/did/v1`: DID documents (DID Core 1.0): controllers, verification methods and
/// relationships, services.
enum DIDV1Context: ContextWriter {
    static let url = "https://www.w3.org/ns/did/v1"

    static func document() -> JSON {
        let sec = Vocabulary.security
        let did = Vocabulary.did
        return context {
            protected
            idAndType
            reference("alsoKnownAs", Vocabulary.activityStreams.alsoKnownAs)
            verificationRelationships(sec)
            reference("controller", sec.controller)
            reference("service", did.service).scoped {
                protected
                idAndType
                reference("serviceEndpoint", did.serviceEndpoint)
            }
            reference("verificationMethod", sec.verificationMethod)
        }
    }
}
