/// The draft 2019-09 vocabularies and the keywords each defines.
///
/// A schema's meta-schema (`$schema`) may declare which vocabularies apply through `$vocabulary`;
/// keywords of vocabularies that do not apply are ignored like unknown keywords.
struct SchemaVocabularies: Sendable, OptionSet, Hashable {
    let rawValue: UInt8
    static let core = SchemaVocabularies(rawValue: 1)
    static let applicator = SchemaVocabularies(rawValue: 2)
    static let validation = SchemaVocabularies(rawValue: 4)
    static let metaData = SchemaVocabularies(rawValue: 8)
    static let format = SchemaVocabularies(rawValue: 16)
    static let content = SchemaVocabularies(rawValue: 32)

    static let all: SchemaVocabularies = [.core, .applicator, .validation, .metaData, .format, .content]

    static let draft201909Base = "https://json-schema.org/draft/2019-09/"
    static let metaSchemaURI = "https://json-schema.org/draft/2019-09/schema"

    /// The vocabulary a `$vocabulary` URI names, or nil for one this implementation does not know.
    static func named(_ uri: String) -> SchemaVocabularies? {
        switch uri {
        case draft201909Base + "vocab/core": .core
        case draft201909Base + "vocab/applicator": .applicator
        case draft201909Base + "vocab/validation": .validation
        case draft201909Base + "vocab/meta-data": .metaData
        case draft201909Base + "vocab/format": .format
        case draft201909Base + "vocab/content": .content
        default: nil
        }
    }

    /// Dialects this implementation recognises but does not implement, so `$schema` naming them is
    /// refused with a clear message instead of being validated by the wrong rules.
    static func isOtherDraft(_ uri: String) -> Bool {
        let known = [
            "http://json-schema.org/draft-03/schema", "http://json-schema.org/draft-04/schema",
            "http://json-schema.org/draft-06/schema", "http://json-schema.org/draft-07/schema",
            "https://json-schema.org/draft/2020-12/schema",
        ]
        return known.contains(uri)
    }
}
