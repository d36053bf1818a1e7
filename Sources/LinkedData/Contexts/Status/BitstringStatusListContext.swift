import LaurelJSON

/// `https://www.w3.org/ns/credentials/status/v1`: Bitstring Status List 1.0, for VC 1.1 credentials
/// (VC 2.0 defines the same terms in its own context).
enum BitstringStatusListContext: ContextWriter {
    static let url = "https://www.w3.org/ns/credentials/status/v1"

    static func document() -> JSON {
        context {
            protected
            idAndType
            bitstringStatusListTypes
        }
    }
}
