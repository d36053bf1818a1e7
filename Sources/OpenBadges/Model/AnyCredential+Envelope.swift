extension AnyCredential {
    /// The issuer's id (`issuer` or `issuer.id`).
    public var issuerID: String { envelope { $0.issuer.id } }
    public var issuer: ProfileReference { envelope { $0.issuer } }
    public var validFrom: DateTime { envelope { $0.validFrom } }
    public var validUntil: DateTime? { envelope { $0.validUntil } }
    public var dataModel: VCDataModel { envelope { $0.dataModel } }
    public var type: [String] { envelope { $0.type } }
    public var name: String? { envelope { $0.name } }

    /// The subject's `id`, when it has one.
    public var subjectID: String? {
        switch self {
        case .achievement(let credential): credential.credentialSubject.id
        case .endorsement(let credential): credential.credentialSubject.id
        }
    }

    /// The achievement of an achievement credential.
    public var achievement: Achievement? {
        if case .achievement(let credential) = self { return credential.achievement }
        return nil
    }

    private func envelope<T>(_ read: (any CredentialEnvelope) -> T) -> T {
        switch self {
        case .achievement(let credential): read(credential)
        case .endorsement(let credential): read(credential)
        }
    }
}

/// The members every kind of credential has, whatever its subject.
protocol CredentialEnvelope {
    var issuer: ProfileReference { get }
    var validFrom: DateTime { get }
    var validUntil: DateTime? { get }
    var dataModel: VCDataModel { get }
    var type: [String] { get }
    var name: String? { get }
}

extension VerifiableCredential: CredentialEnvelope {}
