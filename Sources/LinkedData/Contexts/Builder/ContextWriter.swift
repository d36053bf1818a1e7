import LaurelJSON

/// A type that writes JSON-LD context documents.
///
/// Laurel's bundled context documents are written in Swift with the helpers of this protocol's
/// extensions: one helper per kind of definition (a keyword setting, a prefix, a term and its coercion,
/// a type with its scoped context), so that a document reads like the term table its specification
/// publishes. A conforming type calls them unqualified inside its static methods:
///
/// ```swift
/// context {
///     protected
///     idAndType
///     reference("issuer", cred.issuer)
///     typed("validFrom", cred.validFrom, xsd.dateTime)
/// }
/// ```
protocol ContextWriter {}

extension ContextWriter {
    // MARK: Documents

    /// A document whose `@context` is one context object: `{"@context": {...}}`.
    static func context(@ContextBuilder _ body: () -> ContextEntries) -> JSON {
        ["@context": body().object]
    }

    /// A document whose `@context` is an array of context objects and URLs of the contexts it imports.
    static func contexts(_ items: [JSON]) -> JSON {
        ["@context": .array(items)]
    }

    /// One context object, for use inside `contexts(_:)`.
    static func object(@ContextBuilder _ body: () -> ContextEntries) -> JSON {
        body().object
    }

    /// Several entries as one value, for groups of terms that documents share.
    static func group(@ContextBuilder _ body: () -> ContextEntries) -> ContextEntries {
        body()
    }
}
