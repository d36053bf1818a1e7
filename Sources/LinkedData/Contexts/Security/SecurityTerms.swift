import LaurelJSON

/// A verification relationship of a controller document (DID Core, Controlled Identifiers): what a
/// verification method may be used for, and so the value of a proof's `proofPurpose`.
enum VerificationRelationship: CaseIterable, Sendable {
    case assertionMethod, authentication, capabilityDelegation, capabilityInvocation, keyAgreement

    var term: String {
        switch self {
        case .assertionMethod: "assertionMethod"
        case .authentication: "authentication"
        case .capabilityDelegation: "capabilityDelegation"
        case .capabilityInvocation: "capabilityInvocation"
        case .keyAgreement: "keyAgreement"
        }
    }

    /// The local name in the security vocabulary: all but `assertionMethod` end in `Method`.
    var localName: String {
        switch self {
        case .assertionMethod: "assertionMethod"
        case .authentication: "authenticationMethod"
        case .capabilityDelegation: "capabilityDelegationMethod"
        case .capabilityInvocation: "capabilityInvocationMethod"
        case .keyAgreement: "keyAgreementMethod"
        }
    }
}

/// The revisions of the `DataIntegrityProof` type-scoped context.
enum DataIntegrityRevision: Sendable {
    /// Data Integrity v1: `cryptosuite` is a plain string.
    case v1
    /// Data Integrity v2 and VC 2.0: `cryptosuite` is typed `sec:cryptosuiteString`, and
    /// `previousProof` chains proofs.
    case v2
}

// Term groups that the security, Data Integrity, DID and credential contexts repeat.
extension ContextWriter {
    /// Each relationship as a set of references to verification methods, spelled with `security`.
    static func verificationRelationships(
        _ security: Vocabulary,
        _ relationships: [VerificationRelationship] = VerificationRelationship.allCases
    ) -> ContextEntries {
        ContextEntries(relationships.flatMap { relationship in
            reference(relationship.term, security[relationship.localName], container: .set).members
        })
    }

    /// `proof`: each proof lives in its own named graph, apart from the data it signs.
    static func proofGraph(_ security: Vocabulary = .security) -> ContextEntries {
        reference("proof", security.proof, container: .graph)
    }

    /// The proof options that Data Integrity style proof types scope: challenge, creation and expiry,
    /// domain, nonce, purpose (one of the verification relationships, written as a term), value and
    /// verification method.
    static var dataIntegrityProofOptions: ContextEntries {
        let sec = Vocabulary.security
        return group {
            protected
            idAndType
            iri("challenge", sec.challenge)
            typed("created", Vocabulary.dcterms.created, Vocabulary.xsd.dateTime)
            iri("domain", sec.domain)
            typed("expires", sec.expiration, Vocabulary.xsd.dateTime)
            iri("nonce", sec.nonce)
            vocabularyReference("proofPurpose", sec.proofPurpose).scoped {
                protected
                idAndType
                verificationRelationships(sec)
            }
            typed("proofValue", sec.proofValue, sec.multibase)
            reference("verificationMethod", sec.verificationMethod)
        }
    }

    /// The `DataIntegrityProof` type and its scoped context.
    static func dataIntegrityProofType(_ revision: DataIntegrityRevision) -> ContextEntries {
        let sec = Vocabulary.security
        return type("DataIntegrityProof", sec.DataIntegrityProof) {
            dataIntegrityProofOptions
            switch revision {
            case .v1:
                iri("cryptosuite", sec.cryptosuite)
            case .v2:
                typed("cryptosuite", sec.cryptosuite, sec.cryptosuiteString)
                reference("previousProof", sec.previousProof)
            }
        }
    }

    /// What a verification method type scopes about its lifecycle: its controller, when it was revoked,
    /// and (for Multikey and JsonWebKey) when it expires.
    static func verificationMethodLifecycle(expires: Bool) -> ContextEntries {
        let sec = Vocabulary.security
        return group {
            protected
            idAndType
            reference("controller", sec.controller)
            typed("revoked", sec.revoked, Vocabulary.xsd.dateTime)
            if expires {
                typed("expires", sec.expiration, Vocabulary.xsd.dateTime)
            }
        }
    }
}
