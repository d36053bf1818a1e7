/// A compiled JSON Schema (draft 2019-09), ready to validate instances.
///
/// Compile once, validate many times, from any number of threads: the compiled form is an immutable
/// value. Every `$ref` is resolved while compiling, from the registry, the bundled 2019-09
/// meta-schemas, or the registry's resolver hook; validation itself never loads anything.
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
