/// A compiled JSON Schema (draft 2019-09), ready to validate instances.
///
/// Compile once, validate many times, from any number of threads: the compiled form is an immutable
/// value. Every `$ref` is resolved while compiling, from the registry, the bundled 2019-09
/// meta-schemas, or the registry's resolver hook; validation itself never loads anything.
///
/// What is implemented: the core, applicator, validation, format and content vocabularies of draft
/// 2019-09 (content and meta-data keywords are annotations and never fail), including `$anchor`,
/// `$recursiveRef`/`$recursiveAnchor`, `unevaluatedProperties`/`unevaluatedItems` through annotation
/// collection, `$vocabulary` of custom meta-schemas, and the pre-2019 `dependencies` for
/// compatibility. Numbers compare and divide exactly from their literals; strings compare by bytes
/// and are measured in code points. Patterns are ECMAScript with the `u` flag (see
/// `ECMAScriptRegex`).
///
/// What is not: other dialects (`$schema` naming draft-07 or 2020-12 is refused, not guessed at);
/// `Script=` Unicode properties in patterns; validating a schema against its meta-schema (keyword
/// values are checked while compiling instead); asserting `contentMediaType`/`contentEncoding`.
/// The `idn-hostname` checker approximates scripts, joining types and bidirectional classes by
/// Unicode blocks (see `SchemaHostnameFormat`).
///
/// ```swift
/// let schema = try JSONSchema(try JSON.parse(schemaText), options: .init(format: .assert(["date-time"])))
/// let result = schema.validate(credential)
/// for error in result.errors { print(error.instanceLocation, error.message) }
/// ```
public struct JSONSchema: Sendable {
    let compiled: CompiledSchemaSet
    let root: Int
    public let options: SchemaOptions
    /// The absolute URI of the schema's root (its `$id`, the given URI, or an anonymous URN).
    public let uri: String

    /// Compiles `schema`. `uri` is the base URI when the schema has no absolute `$id` of its own;
    /// `registry` supplies every other document that `$ref` may name.
    public init(_ schema: JSON, uri: String? = nil, registry: SchemaRegistry = SchemaRegistry(),
                options: SchemaOptions = SchemaOptions()) throws(SchemaError) {
        let compiler = SchemaCompiler(registry: registry, options: options)
        let documentURI = uri ?? SchemaCompiler.anonymousBase
        let document = try compiler.addDocument(schema, uri: documentURI)
        let location = SchemaCompiler.Location(document: document, pointer: SchemaPointer())
        root = try compiler.node(at: location)
        compiled = try compiler.finish()
        self.options = options
        self.uri = Self.rootURI(compiled.nodes[root].location)
    }

    /// Compiles the registered schema a URI (with an optional fragment) names.
    init(reference: String, registry: SchemaRegistry, options: SchemaOptions) throws(SchemaError) {
        let compiler = SchemaCompiler(registry: registry, options: options)
        let base = SchemaURI(SchemaCompiler.anonymousBase)
        root = try compiler.node(forReference: reference, base: base, origin: reference)
        compiled = try compiler.finish()
        self.options = options
        self.uri = Self.rootURI(compiled.nodes[root].location)
    }

    /// `https://example.org/s.json#` names the same schema as `https://example.org/s.json`.
    private static func rootURI(_ location: String) -> String {
        location.hasSuffix("#") ? String(location.dropLast()) : location
    }

    /// Validates `instance` and reports every failed assertion.
    public func validate(_ instance: JSON) -> SchemaValidationResult {
        var fast = SchemaEvaluator(set: compiled, options: options, reporting: false)
        let outcome = fast.evaluate(root, instance, keyword: nil)
        if outcome.valid && fast.stopped == nil { return SchemaValidationResult(errors: []) }
        var full = SchemaEvaluator(set: compiled, options: options, reporting: true)
        _ = full.evaluate(root, instance, keyword: nil)
        var errors = full.errors
        if let stopped = full.stopped ?? fast.stopped { errors.append(stopped) }
        if errors.isEmpty {
            // The two passes agree by construction; never call an instance valid on a disagreement.
            errors.append(SchemaValidationError(instanceLocation: "", keywordLocation: "", absoluteKeywordLocation: uri,
                                                keyword: "", message: "the instance does not validate against the schema"))
        }
        return SchemaValidationResult(errors: errors, isComplete: full.stopped == nil && fast.stopped == nil)
    }

    /// Whether `instance` is valid, without collecting errors (stops at the first failure).
    public func isValid(_ instance: JSON) -> Bool {
        var fast = SchemaEvaluator(set: compiled, options: options, reporting: false)
        return fast.evaluate(root, instance, keyword: nil).valid && fast.stopped == nil
    }
}
