/// The subject of a kind of Open Badges credential: `AchievementSubject` for achievement credentials,
/// `EndorsementSubject` for endorsements. It names the credential `type` values that go with it.
public protocol CredentialSubject: OpenBadgesModel {
    /// The credential must list one of these in `type`, besides `VerifiableCredential`.
    static var credentialTypeNames: [String] { get }
    /// The type a newly built credential gets.
    static var defaultCredentialType: String { get }
}
