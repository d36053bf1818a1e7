/// A credential in which an endorser vouches for a profile, an achievement or a credential.
public typealias EndorsementCredential = VerifiableCredential<EndorsementSubject>

extension VerifiableCredential where Subject == EndorsementSubject {
    /// An endorsement of the entity `endorsedId`, ready to be signed.
    public init(id: String, name: String, issuer: ProfileReference, validFrom: DateTime, validUntil: DateTime? = nil,
                endorsedId: String, comment: String? = nil, description: String? = nil,
                credentialSchema: [CredentialSchema] = [.endorsementCredentialSchema],
                credentialStatus: [CredentialStatus] = [], additionalContexts: [ContextEntry] = []) {
        self.init(id: id, issuer: issuer, validFrom: validFrom, validUntil: validUntil, name: name,
                  description: description, credentialSubject: EndorsementSubject(id: endorsedId, endorsementComment: comment),
                  credentialSchema: credentialSchema, credentialStatus: credentialStatus,
                  additionalContexts: additionalContexts)
    }
}
