import LaurelJSON

/// `https://www.w3.org/ns/credentials/examples/v2`: the VC 2.0 examples context. It defines no terms;
/// anything undefined expands into the examples vocabulary.
enum CredentialsExamplesV2Context: ContextWriter {
    static let url = "https://www.w3.org/ns/credentials/examples/v2"

    static func document() -> JSON {
        context {
            vocab("https://www.w3.org/ns/credentials/examples#")
        }
    }
}
