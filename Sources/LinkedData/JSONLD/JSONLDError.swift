/// A JSON-LD processing error. `code` is the error code of JSON-LD 1.1 API §9.4.2 (so conformance tests
/// can compare it), or one of Laurel's own codes for limits and safe mode.
public struct JSONLDError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable, CaseIterable {
        case collidingKeywords = "colliding keywords"
        case conflictingIndexes = "conflicting indexes"
        case contextOverflow = "context overflow"
        case cyclicIRIMapping = "cyclic IRI mapping"
        case invalidIdValue = "invalid @id value"
        case invalidImportValue = "invalid @import value"
        case invalidIncludedValue = "invalid @included value"
        case invalidIndexValue = "invalid @index value"
        case invalidNestValue = "invalid @nest value"
        case invalidPrefixValue = "invalid @prefix value"
        case invalidPropagateValue = "invalid @propagate value"
        case invalidProtectedValue = "invalid @protected value"
        case invalidReverseValue = "invalid @reverse value"
        case invalidVersionValue = "invalid @version value"
        case invalidBaseDirection = "invalid base direction"
        case invalidBaseIRI = "invalid base IRI"
        case invalidContainerMapping = "invalid container mapping"
        case invalidContextEntry = "invalid context entry"
        case invalidContextNullification = "invalid context nullification"
        case invalidDefaultLanguage = "invalid default language"
        case invalidIRIMapping = "invalid IRI mapping"
        case invalidJSONLiteral = "invalid JSON literal"
        case invalidKeywordAlias = "invalid keyword alias"
        case invalidLanguageMapValue = "invalid language map value"
        case invalidLanguageMapping = "invalid language mapping"
        case invalidLanguageTaggedString = "invalid language-tagged string"
        case invalidLanguageTaggedValue = "invalid language-tagged value"
        case invalidLocalContext = "invalid local context"
        case invalidRemoteContext = "invalid remote context"
        case invalidReverseProperty = "invalid reverse property"
        case invalidReversePropertyMap = "invalid reverse property map"
        case invalidReversePropertyValue = "invalid reverse property value"
        case invalidScopedContext = "invalid scoped context"
        case invalidScriptElement = "invalid script element"
        case invalidSetOrListObject = "invalid set or list object"
        case invalidTermDefinition = "invalid term definition"
        case invalidTypeMapping = "invalid type mapping"
        case invalidTypeValue = "invalid type value"
        case invalidTypedValue = "invalid typed value"
        case invalidValueObject = "invalid value object"
        case invalidValueObjectValue = "invalid value object value"
        case invalidVocabMapping = "invalid vocab mapping"
        case iriConfusedWithPrefix = "IRI confused with prefix"
        case keywordRedefinition = "keyword redefinition"
        case loadingDocumentFailed = "loading document failed"
        case loadingRemoteContextFailed = "loading remote context failed"
        case multipleContextLinkHeaders = "multiple context link headers"
        case processingModeConflict = "processing mode conflict"
        case protectedTermRedefinition = "protected term redefinition"
        // Laurel's own codes.
        /// Safe mode: a term or type that does not expand to an absolute IRI would be dropped silently,
        /// letting unsigned data ride along with signed data.
        case safeModeViolation = "safe mode violation"
        /// A configured bound on size, depth or work was exceeded.
        case limitExceeded = "limit exceeded"
    }

    public let code: Code
    /// What went wrong and where, for a person.
    public let message: String
    /// Where in the input document the error was found, as a JSON Pointer (RFC 6901), when known.
    public var location: String?
    /// Path components collected while the error unwinds out of the recursive algorithms, innermost first;
    /// turned into `location` where processing began.
    var reversedPath: [String] = []

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String {
        if let location { return "\(code.rawValue): \(message) (at \(location.isEmpty ? "the document root" : location))" }
        return "\(code.rawValue): \(message)"
    }
}
