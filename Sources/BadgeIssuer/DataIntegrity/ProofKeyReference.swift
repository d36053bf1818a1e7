import BadgeCrypto

/// How a Data Integrity proof names the issuer's key (`verificationMethod`), so that a verifier can find
/// the key and tie it to the issuer.
public enum ProofKeyReference {
    /// - the key's own `did:key:z…#z…` when the issuer id is that did:key;
    /// - otherwise the verification method configured for the key (`did:web:example.org#key-1`);
    /// - otherwise, for an http(s) issuer, `<issuer id>#<Multikey>`: the convention of the 1EdTech test
    ///   credentials, which Laurel's offline resolver reads as "this key, controlled by the issuer".
    ///
    /// Any other issuer (a did:web without a configured method, a urn:uuid) cannot name the key in a
    /// way a verifier could check, and is refused.
    public static func verificationMethod(forIssuer issuerID: String, key: IssuerKey) throws(IssuanceError) -> String {
        if let didKey = key.didKey, didKey.did.isByteEqual(to: issuerID) { return didKey.verificationMethodID }
        if let configured = key.verificationMethod { return configured }
        if issuerID.hasPrefix("https://") || issuerID.hasPrefix("http://") {
            guard !issuerID.contains("#") else {
                throw .invalidIssuer("the issuer id \(issuerID) has a fragment, so the key cannot be named as <issuer id>#<key>; configure a verification method")
            }
            guard let multikey = key.didKey?.multibaseValue else {
                throw .proofUnavailable("\(key.privateKey.keyType) keys have no Multikey form")
            }
            return issuerID + "#" + multikey
        }
        throw .invalidIssuer("Laurel cannot name the key for the issuer \(issuerID): give the issuer the key's did:key as its id, an https id, or configure a verification method (--key-id)")
    }
}
