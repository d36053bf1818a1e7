/// Why a schema could not be compiled, and where.
public struct SchemaError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// A keyword has a value the specification does not allow (`"minLength": -1`, `"type": 3`).
        case invalidKeyword
        /// `pattern` or `patternProperties` is not an ECMAScript regular expression this engine accepts.
        case invalidPattern
        /// A `$ref` or `$recursiveRef` names nothing: no such document, pointer or anchor.
        case unresolvedReference
        /// The resolver hook refused or failed to provide a document.
        case resolverFailed
        /// `$schema` names a dialect other than draft 2019-09, or a meta-schema that requires a
        /// vocabulary this implementation does not know.
        case unsupportedDialect
        /// Two schemas claim the same `$id` or anchor.
        case duplicateIdentifier
        /// A document was given without an `$id` or URI to know it by.
        case missingIdentifier
        /// Compilation would exceed a bound (documents, subschemas).
        case limitExceeded
    }

    public let kind: Kind
    /// The absolute URI of the offending keyword or subschema (`https://…/schema.json#/properties/x`).
    public let location: String
    public let message: String

    public init(_ kind: Kind, at location: String, _ message: String) {
        self.kind = kind
        self.location = location
        self.message = message
    }

    public var description: String { "\(message) (at \(location))" }
}
