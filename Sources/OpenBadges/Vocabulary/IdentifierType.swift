/// The kind of an identifier: `IdentityObject.identityType` and `IdentifierEntry.identifierType`
/// (an e-mail address, a student information system id...). An open vocabulary: `ext:` terms and
/// unknown values (such as the `email` some VC 1.1 era credentials use) are kept.
public struct IdentifierType: OpenVocabulary {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let name = IdentifierType(rawValue: "name")
    public static let sourcedId = IdentifierType(rawValue: "sourcedId")
    public static let systemId = IdentifierType(rawValue: "systemId")
    public static let productId = IdentifierType(rawValue: "productId")
    public static let userName = IdentifierType(rawValue: "userName")
    public static let accountId = IdentifierType(rawValue: "accountId")
    public static let emailAddress = IdentifierType(rawValue: "emailAddress")
    public static let nationalIdentityNumber = IdentifierType(rawValue: "nationalIdentityNumber")
    public static let isbn = IdentifierType(rawValue: "isbn")
    public static let issn = IdentifierType(rawValue: "issn")
    public static let lisSourcedId = IdentifierType(rawValue: "lisSourcedId")
    public static let oneRosterSourcedId = IdentifierType(rawValue: "oneRosterSourcedId")
    public static let sisSourcedId = IdentifierType(rawValue: "sisSourcedId")
    public static let ltiContextId = IdentifierType(rawValue: "ltiContextId")
    public static let ltiDeploymentId = IdentifierType(rawValue: "ltiDeploymentId")
    public static let ltiToolId = IdentifierType(rawValue: "ltiToolId")
    public static let ltiPlatformId = IdentifierType(rawValue: "ltiPlatformId")
    public static let ltiUserId = IdentifierType(rawValue: "ltiUserId")
    public static let identifier = IdentifierType(rawValue: "identifier")

    public static let knownTerms: [IdentifierType] = [
        name,
        sourcedId,
        systemId,
        productId,
        userName,
        accountId,
        emailAddress,
        nationalIdentityNumber,
        isbn,
        issn,
        lisSourcedId,
        oneRosterSourcedId,
        sisSourcedId,
        ltiContextId,
        ltiDeploymentId,
        ltiToolId,
        ltiPlatformId,
        ltiUserId,
        identifier,
    ]
}
