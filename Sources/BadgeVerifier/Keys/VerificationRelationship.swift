/// What a key is used for, as DID Core §5.3 names the relationships: a document lists each key under the
/// purposes its controller allows, and a key found for a proof must be listed under the proof's purpose.
public enum VerificationRelationship: String, Sendable, CaseIterable {
    /// Issuing credentials and other statements: the purpose of a credential's proof and of a VC-JWT.
    case assertionMethod
    /// Proving control of the identifier (presentations, sign-in).
    case authentication
}
