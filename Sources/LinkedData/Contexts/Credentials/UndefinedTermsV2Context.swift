import LaurelJSON

/// `https://www.w3.org/ns/credentials/undefined-terms/v2`: VC 2.0's catch-all for terms a credential
/// uses without defining them; they expand into a vocabulary that says so.
enum UndefinedTermsV2Context: ContextWriter {
    static let url = "https://www.w3.org/ns/credentials/undefined-terms/v2"

    static func document() -> JSON {
        context {
            vocab("https://www.w3.org/ns/credentials/undefined-term#")
        }
    }
}
