/// Evaluates an instance against a compiled schema set, keyword by keyword.
///
/// Two modes share this code: a fast one that stops at the first failure and reports nothing, and a
/// reporting one that evaluates everything and records errors with their locations. Validation runs
/// the fast mode first and the reporting mode only for invalid instances.
///
/// Bounds: nesting of subschema evaluations (`maxEvaluationDepth`), total keyword evaluations
/// (`maxSteps`), each regular-expression search (`maxRegexSteps`), and re-entering a subschema through
/// a reference at the same instance location (a cycle that never consumes input). Reaching any bound
/// stops the evaluation with an error that says which and where; the instance is then invalid.
struct SchemaEvaluator {
    /// A step in an instance location or keyword location.
    enum PathToken {
        case name(String)
        case index(Int)

        var text: String {
            switch self {
            case .name(let name): SchemaPointer.escape(name)
            case .index(let index): String(index)
            }
        }
    }

    let set: CompiledSchemaSet
    let options: SchemaOptions
    var reporting: Bool
    /// Locations are tracked only by a reporting evaluator: the fast pass never needs them.
    let tracksLocations: Bool
    var errors: [SchemaValidationError] = []
    /// Set when a bound stopped the evaluation.
    var stopped: SchemaValidationError?
    /// `stopped != nil`, kept as a flag because it is tested after every subschema.
    private(set) var halted = false

    private(set) var instancePath: [PathToken] = []
    private(set) var keywordPath: [PathToken] = []
    var dynamicScope: [Int] = []
    var references: [(node: Int, instanceDepth: Int)] = []
    /// How many members or items deep the current instance location is.
    private(set) var instanceDepth = 0
    private var depth = 0
    private var steps = 0

    init(set: CompiledSchemaSet, options: SchemaOptions, reporting: Bool) {
        self.set = set
        self.options = options
        self.reporting = reporting
        self.tracksLocations = reporting
    }

    // MARK: Locations

    static func pointer(_ tokens: [PathToken]) -> String {
        var result = ""
        for token in tokens {
            result += "/"
            result += token.text
        }
        return result
    }

    var instanceLocation: String { Self.pointer(instancePath) }

    /// Records an error for `keyword` of `node`; `suffix` extends the keyword location (a property
    /// name under `properties`, say).
    mutating func report(_ keyword: String, of node: SchemaNode, _ message: String, suffix: [PathToken] = [],
                         causes: [SchemaValidationError] = []) {
        guard reporting else { return }
        let keywordTokens = keywordPath + [.name(keyword)] + suffix
        errors.append(SchemaValidationError(
            instanceLocation: instanceLocation,
            keywordLocation: Self.pointer(keywordTokens),
            absoluteKeywordLocation: node.location + Self.pointer([.name(keyword)] + suffix),
            keyword: keyword, message: message, causes: causes))
    }

    /// Records an error located at a member or item of the current instance (a property that
    /// `additionalProperties: false` forbids, say).
    mutating func report(_ keyword: String, of node: SchemaNode, at child: PathToken, _ message: String) {
        guard reporting else { return }
        instancePath.append(child)
        defer { instancePath.removeLast() }
        report(keyword, of: node, message)
    }

    /// Stops the whole evaluation because a bound was reached.
    mutating func stop(_ keyword: String, of node: SchemaNode?, _ message: String) {
        guard !halted else { return }
        halted = true
        stopped = SchemaValidationError(
            instanceLocation: instanceLocation,
            keywordLocation: Self.pointer(keywordPath + (keyword.isEmpty ? [] : [.name(keyword)])),
            absoluteKeywordLocation: (node?.location ?? "") + (keyword.isEmpty ? "" : "/" + SchemaPointer.escape(keyword)),
            keyword: keyword, message: message)
    }

    /// Runs `body` with errors captured instead of recorded; returns them.
    mutating func capturingErrors<T>(_ body: (inout SchemaEvaluator) -> T) -> (T, [SchemaValidationError]) {
        let mark = errors.count
        let result = body(&self)
        let captured = Array(errors[mark...])
        errors.removeSubrange(mark...)
        return (result, captured)
    }

    /// Runs `body` with reporting turned off (for `not`, `if`, `contains`: failures there are not errors).
    mutating func silently<T>(_ body: (inout SchemaEvaluator) -> T) -> T {
        let saved = reporting
        reporting = false
        defer { reporting = saved }
        return body(&self)
    }

    // MARK: Evaluation

    /// Evaluates `index` against `instance` at the current instance location.
    ///
    /// `keyword` and `detail` extend the keyword location for the duration (`properties`, a name);
    /// `child` extends the instance location when the subschema applies to a member or item.
    mutating func evaluate(_ index: Int, _ instance: JSON, keyword: PathToken?, _ detail: PathToken? = nil,
                           child: PathToken? = nil, collectProperties: Bool = false,
                           collectItems: Bool = false) -> SchemaOutcome {
        if child != nil { instanceDepth += 1 }
        guard tracksLocations else {
            defer { if child != nil { instanceDepth -= 1 } }
            return evaluateNode(index, instance, collectProperties: collectProperties, collectItems: collectItems)
        }
        if let keyword { keywordPath.append(keyword) }
        if let detail { keywordPath.append(detail) }
        if let child { instancePath.append(child) }
        defer {
            if keyword != nil { keywordPath.removeLast() }
            if detail != nil { keywordPath.removeLast() }
            if child != nil {
                instancePath.removeLast()
                instanceDepth -= 1
            }
        }
        return evaluateNode(index, instance, collectProperties: collectProperties, collectItems: collectItems)
    }

    private mutating func evaluateNode(_ index: Int, _ instance: JSON, collectProperties: Bool,
                                       collectItems: Bool) -> SchemaOutcome {
        if halted { return .invalid }
        depth += 1
        defer { depth -= 1 }
        guard depth <= options.maxEvaluationDepth else {
            stop("", of: set.nodes[index], "validation stopped: subschema evaluations nest deeper than \(options.maxEvaluationDepth) levels (instance or schema recursion too deep)")
            return .invalid
        }
        let resource = set.nodes[index].resource
        let enteredResource = dynamicScope.last != resource
        if enteredResource { dynamicScope.append(resource) }
        defer { if enteredResource { dynamicScope.removeLast() } }

        switch set.nodes[index].body {
        case .always(true):
            return SchemaOutcome()
        case .always(false):
            reportFalseSchema(set.nodes[index])
            return .invalid
        case .keywords(let keywords):
            var outcome = SchemaOutcome()
            let node = set.nodes[index]
            let properties = collectProperties || node.collectsProperties
            let items = collectItems || node.collectsItems
            for position in keywords.indices {
                steps += 1
                guard steps <= options.maxSteps else {
                    stop("", of: node, "validation stopped: more than \(options.maxSteps) keyword evaluations")
                    return .invalid
                }
                let passed = evaluate(keywords[position], of: node, instance, &outcome, collectProperties: properties,
                                      collectItems: items)
                if halted { return .invalid }
                if !passed {
                    outcome.valid = false
                    if !reporting { return outcome }
                }
            }
            return outcome
        }
    }

    private mutating func reportFalseSchema(_ node: SchemaNode) {
        guard reporting else { return }
        // The keyword location is that of the `false` subschema itself.
        errors.append(SchemaValidationError(
            instanceLocation: instanceLocation, keywordLocation: Self.pointer(keywordPath),
            absoluteKeywordLocation: node.location, keyword: "false",
            message: "no value is allowed here (the schema is false)"))
    }

    /// Evaluates one keyword; false when it fails. Annotations for `unevaluated*` go into `outcome`.
    private mutating func evaluate(_ keyword: SchemaKeyword, of node: SchemaNode, _ instance: JSON,
                                   _ outcome: inout SchemaOutcome, collectProperties: Bool, collectItems: Bool) -> Bool {
        switch keyword {
        case .ref(let target):
            return evaluateReference("$ref", target: target, of: node, instance, &outcome,
                                     collectProperties: collectProperties, collectItems: collectItems)
        case .recursiveRef(let target):
            return evaluateReference("$recursiveRef", target: recursiveTarget(target), of: node, instance, &outcome,
                                     collectProperties: collectProperties, collectItems: collectItems)
        case .allOf(let branches):
            return evaluateAllOf(branches, of: node, instance, &outcome, collectProperties, collectItems)
        case .anyOf(let branches):
            return evaluateAnyOf(branches, of: node, instance, &outcome, collectProperties, collectItems)
        case .oneOf(let branches):
            return evaluateOneOf(branches, of: node, instance, &outcome, collectProperties, collectItems)
        case .not(let negated):
            return evaluateNot(negated, of: node, instance)
        case .conditional(let condition, let then, let otherwise):
            return evaluateConditional(condition, then, otherwise, of: node, instance, &outcome,
                                       collectProperties, collectItems)
        case .dependentSchemas(let entries):
            return evaluateDependentSchemas(entries, of: node, instance, &outcome, collectProperties, collectItems)
        case .dependencies(let entries):
            return evaluateDependencies(entries, of: node, instance, &outcome, collectProperties, collectItems)
        case .objectApplicators(let applicators):
            return evaluateObjectApplicators(applicators, of: node, instance, &outcome, collectProperties)
        case .propertyNames(let names):
            return evaluatePropertyNames(names, of: node, instance)
        case .items(let applicator):
            return evaluateItems(applicator, of: node, instance, &outcome, collectItems)
        case .contains(let target, let minimum, let maximum, let minKeyword):
            return evaluateContains(target, minimum, maximum, minKeyword, of: node, instance)
        case .unevaluatedProperties(let target):
            return evaluateUnevaluatedProperties(target, of: node, instance, &outcome)
        case .unevaluatedItems(let target):
            return evaluateUnevaluatedItems(target, of: node, instance, &outcome)
        case .type(let types):
            return checkType(types, of: node, instance)
        case .enumeration(let options):
            return checkEnum(options, of: node, instance)
        case .constant(let value):
            return checkConst(value, of: node, instance)
        case .multipleOf(let divisor):
            return checkMultipleOf(divisor, of: node, instance)
        case .bound(let bound, let limit):
            return checkBound(bound, limit, of: node, instance)
        case .minLength(let limit):
            return checkLength(minimum: limit, of: node, instance)
        case .maxLength(let limit):
            return checkLength(maximum: limit, of: node, instance)
        case .pattern(let regex):
            return checkPattern(regex, of: node, instance)
        case .format(let format):
            return checkFormat(format, of: node, instance)
        case .minItems(let limit):
            return checkItemCount(minimum: limit, of: node, instance)
        case .maxItems(let limit):
            return checkItemCount(maximum: limit, of: node, instance)
        case .uniqueItems:
            return checkUniqueItems(of: node, instance)
        case .minProperties(let limit):
            return checkPropertyCount(minimum: limit, of: node, instance)
        case .maxProperties(let limit):
            return checkPropertyCount(maximum: limit, of: node, instance)
        case .required(let names):
            return checkRequired(names, of: node, instance)
        case .dependentRequired(let entries):
            return checkDependentRequired(entries, of: node, instance)
        }
    }
}
