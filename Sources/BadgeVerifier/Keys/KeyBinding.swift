/// Shared wording about how firmly a key is tied to an issuer.
enum KeyBinding {
    /// For a key written into the issuer's own address (`https://issuer#z6Mk…`) whose document could not be
    /// read: the signature holds, but anyone can write such an address, so only the issuer's document
    /// could show the key is theirs.
    static func unconfirmedSentence(label: String, issuer: String) -> String {
        "\(label) signing key is written into the issuer's address (\(issuer)), but Laurel could not read the issuer's own document to confirm the key is theirs; anyone can write such an address."
    }
}
