/// A compiled subschema: a boolean schema or a list of keywords ready to evaluate.
///
/// Subschemas refer to each other by index into `CompiledSchemaSet.nodes`, so `$ref` cycles need no
/// reference cycles and the whole set is immutable and shared between threads. A node is a class
/// only so that handing one to a keyword costs one retain.
final class SchemaNode: Sendable {
    enum Body: Sendable {
        case always(Bool)
        case keywords([SchemaKeyword])
    }

    let body: Body
    /// The schema resource (`$id` scope) this subschema belongs to.
    let resource: Int
    /// The absolute URI of this subschema: resource URI, `#`, JSON pointer inside the resource.
    let location: String
    /// This subschema has `unevaluatedProperties`/`unevaluatedItems`, so it collects annotations at
    /// its own instance location whatever its caller asked for.
    let collectsProperties: Bool
    let collectsItems: Bool

    init(body: Body, resource: Int, location: String) {
        self.body = body
        self.resource = resource
        self.location = location
        var properties = false
        var items = false
        if case .keywords(let keywords) = body {
            for keyword in keywords {
                if case .unevaluatedProperties = keyword { properties = true }
                if case .unevaluatedItems = keyword { items = true }
            }
        }
        collectsProperties = properties
        collectsItems = items
    }
}

/// A schema resource: the scope an `$id` (or a document) opens.
struct SchemaResource: Sendable {
    var uri: String
    /// `"$recursiveAnchor": true` at the resource root.
    var recursiveAnchor: Bool
    var rootNode: Int
}

/// Everything a compiled schema needs at validation time.
struct CompiledSchemaSet: Sendable {
    var nodes: [SchemaNode]
    var resources: [SchemaResource]
}

/// Which bound a numeric keyword sets.
enum SchemaNumericBound: Sendable {
    case minimum, maximum, exclusiveMinimum, exclusiveMaximum

    var keyword: String {
        switch self {
        case .minimum: "minimum"
        case .maximum: "maximum"
        case .exclusiveMinimum: "exclusiveMinimum"
        case .exclusiveMaximum: "exclusiveMaximum"
        }
    }
}

/// A number a schema gives, with its exact decimal form for tie-breaking and `multipleOf`.
struct SchemaNumber: Sendable {
    var number: JSONNumber
    var exact: SchemaDecimal?

    init(_ number: JSONNumber) {
        self.number = number
        self.exact = SchemaDecimal(number)
    }
}

/// The JSON Schema primitive types as a bit set.
struct SchemaTypeSet: Sendable, OptionSet {
    let rawValue: UInt8
    static let null = SchemaTypeSet(rawValue: 1)
    static let boolean = SchemaTypeSet(rawValue: 2)
    static let object = SchemaTypeSet(rawValue: 4)
    static let array = SchemaTypeSet(rawValue: 8)
    static let number = SchemaTypeSet(rawValue: 16)
    static let string = SchemaTypeSet(rawValue: 32)
    static let integer = SchemaTypeSet(rawValue: 64)

    static let names: [(String, SchemaTypeSet)] = [
        ("null", .null), ("boolean", .boolean), ("object", .object), ("array", .array),
        ("number", .number), ("string", .string), ("integer", .integer),
    ]

    var names: [String] { Self.names.filter { contains($0.1) }.map(\.0) }
}

/// A compiled keyword. Keywords that depend on siblings (`additionalProperties` on `properties`,
/// `additionalItems` on `items`, `minContains` on `contains`, `then`/`else` on `if`) compile together.
/// Indirect, so that reading one out of a node's list costs a single retain whatever its payload.
indirect enum SchemaKeyword: Sendable {
    // Core
    case ref(Int)
    case recursiveRef(Int)

    // Applicators, in place
    case allOf([Int])
    case anyOf([Int])
    case oneOf([Int])
    case not(Int)
    case conditional(if: Int, then: Int?, else: Int?)
    case dependentSchemas([(name: String, node: Int)])

    // Applicators on children
    case objectApplicators(SchemaObjectApplicators)
    case propertyNames(Int)
    case items(SchemaItemsApplicator)
    case contains(node: Int, min: Int, max: Int?, minKeyword: Bool)
    case unevaluatedProperties(Int)
    case unevaluatedItems(Int)

    // Validation
    case type(SchemaTypeSet)
    case enumeration([JSON])
    case constant(JSON)
    case multipleOf(SchemaNumber)
    case bound(SchemaNumericBound, SchemaNumber)
    case minLength(Int)
    case maxLength(Int)
    case pattern(ECMAScriptRegex)
    case format(SchemaFormat)
    case minItems(Int)
    case maxItems(Int)
    case uniqueItems
    case minProperties(Int)
    case maxProperties(Int)
    case required([String])
    case dependentRequired([(name: String, required: [String])])
    /// The pre-2019-09 `dependencies` keyword, kept for compatibility: each entry is a list of
    /// required names or a schema.
    case dependencies([(name: String, required: [String]?, node: Int?)])
}

/// `properties`, `patternProperties` and `additionalProperties` of one schema object.
struct SchemaObjectApplicators: Sendable {
    var properties: [SchemaExactString: Int] = [:]
    var patterns: [(regex: ECMAScriptRegex, node: Int)] = []
    var additional: Int?
    var hasProperties = false
    var hasPatterns = false
}

/// `items` in its two forms; `additionalItems` only exists next to the array form.
enum SchemaItemsApplicator: Sendable {
    case uniform(Int)
    case tuple([Int], additional: Int?)
}
