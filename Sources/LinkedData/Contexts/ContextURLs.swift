/// The URLs of the contexts Laurel bundles, for code that writes `@context` arrays.
extension BundledContexts {
    /// VC Data Model 1.1.
    public static let credentialsV1 = CredentialsV1Context.url
    /// VC Data Model 2.0.
    public static let credentialsV2 = CredentialsV2Context.url
    /// Open Badges 3.0, the current edition (3.0.3).
    public static let openBadges3 = OpenBadges303Context.urls[0]
    /// Open Badges 2.0.
    public static let openBadges2 = OpenBadgesV2Context.urls[0]
    /// Comprehensive Learner Record 2.0, the current edition (2.0.1).
    public static let clr2 = CLR2Context.Edition.v2_0_1.url
    /// Data Integrity proofs (for VC 1.1 credentials; VC 2.0 defines them itself).
    public static let dataIntegrityV2 = DataIntegrityV2Context.url
    /// The legacy Ed25519Signature2020 suite.
    public static let ed25519Signature2020 = Ed25519Signature2020Context.url
    /// Bitstring Status List (for VC 1.1 credentials; VC 2.0 defines it itself).
    public static let bitstringStatusList = BitstringStatusListContext.url
    /// StatusList2021.
    public static let statusList2021 = StatusList2021Context.url
    /// DID documents.
    public static let didV1 = DIDV1Context.url
    /// Multikey verification methods.
    public static let multikeyV1 = MultikeyV1Context.url
    /// JsonWebKey verification methods.
    public static let jsonWebKeyV1 = JsonWebKeyV1Context.url
}
