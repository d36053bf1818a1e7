/// Compiles the keywords of one schema object.
///
/// Keyword values are checked against what draft 2019-09 allows, so a malformed schema fails to
/// compile with the keyword's location rather than validating something unintended. Keywords of
/// vocabularies the meta-schema does not enable, unknown keywords and annotations are skipped.
struct SchemaKeywordContext {
    let compiler: SchemaCompiler
    let location: SchemaCompiler.Location
    let info: SchemaCompiler.PositionInfo
    let object: JSONObject
    let here: String

    private var applicator: Bool { info.vocabularies.contains(.applicator) }
    private var validation: Bool { info.vocabularies.contains(.validation) }

    private func at(_ keyword: String) -> String { here + "/" + SchemaPointer.escape(keyword) }

    private func invalid(_ keyword: String, _ message: String) -> SchemaError {
        SchemaError(.invalidKeyword, at: at(keyword), message)
    }

    private func child(_ tokens: String...) throws(SchemaError) -> Int {
        var pointer = location.pointer
        for token in tokens { pointer = pointer.appending(token) }
        return try compiler.node(at: SchemaCompiler.Location(document: location.document, pointer: pointer))
    }

    private func schemaValue(_ keyword: String) throws(SchemaError) -> Int? {
        guard let value = object[keyword] else { return nil }
        guard SchemaDocumentWalker.isSchemaShaped(value) else {
            throw invalid(keyword, "\(keyword) must be a schema (an object or a boolean), found \(value.kindName)")
        }
        return try child(keyword)
    }

    private func schemaArray(_ keyword: String) throws(SchemaError) -> [Int]? {
        guard let value = object[keyword] else { return nil }
        guard case .array(let items) = value, !items.isEmpty else {
            throw invalid(keyword, "\(keyword) must be a non-empty array of schemas")
        }
        var result: [Int] = []
        for (offset, item) in items.enumerated() {
            guard SchemaDocumentWalker.isSchemaShaped(item) else {
                throw invalid(keyword, "\(keyword)[\(offset)] must be a schema, found \(item.kindName)")
            }
            result.append(try child(keyword, String(offset)))
        }
        return result
    }

    private func schemaMap(_ keyword: String) throws(SchemaError) -> [(String, Int)]? {
        guard let value = object[keyword] else { return nil }
        guard case .object(let map) = value else { throw invalid(keyword, "\(keyword) must be an object of schemas") }
        var result: [(String, Int)] = []
        for member in map {
            guard SchemaDocumentWalker.isSchemaShaped(member.value) else {
                throw invalid(keyword, "\(keyword)['\(member.key)'] must be a schema, found \(member.value.kindName)")
            }
            result.append((member.key, try child(keyword, member.key)))
        }
        return result
    }

    private func nonNegativeInteger(_ keyword: String) throws(SchemaError) -> Int? {
        guard let value = object[keyword] else { return nil }
        guard case .number(let number) = value, let exact = SchemaDecimal(number), exact.isInteger, !exact.isNegative else {
            throw invalid(keyword, "\(keyword) must be a non-negative integer")
        }
        // Counts beyond Int.max cannot be reached by any instance; saturate.
        return number.intValue ?? Int.max
    }

    private func number(_ keyword: String) throws(SchemaError) -> SchemaNumber? {
        guard let value = object[keyword] else { return nil }
        guard case .number(let number) = value else { throw invalid(keyword, "\(keyword) must be a number") }
        return SchemaNumber(number)
    }

    private func stringArray(_ keyword: String) throws(SchemaError) -> [String]? {
        guard let value = object[keyword] else { return nil }
        guard let names = Self.strings(value) else { throw invalid(keyword, "\(keyword) must be an array of strings") }
        return names
    }

    private static func strings(_ value: JSON) -> [String]? {
        guard case .array(let items) = value else { return nil }
        var names: [String] = []
        for item in items {
            guard case .string(let name) = item else { return nil }
            names.append(name)
        }
        return names
    }

    private func regex(_ pattern: String, keyword: String) throws(SchemaError) -> ECMAScriptRegex {
        do {
            return try ECMAScriptRegex(pattern)
        } catch {
            throw SchemaError(.invalidPattern, at: at(keyword),
                              "'\(pattern)' is not a valid ECMAScript regular expression: \(error)")
        }
    }

    // MARK: Keywords

    func compileKeywords() throws(SchemaError) -> [SchemaKeyword] {
        var keywords: [SchemaKeyword] = []

        // Core: references apply next to their siblings in 2019-09.
        if let value = object["$ref"] {
            guard case .string(let reference) = value else { throw invalid("$ref", "$ref must be a URI reference string") }
            keywords.append(.ref(try compiler.node(forReference: reference, base: info.base, origin: at("$ref"))))
        }
        if let value = object["$recursiveRef"] {
            guard case .string(let reference) = value else {
                throw invalid("$recursiveRef", "$recursiveRef must be a URI reference string")
            }
            keywords.append(.recursiveRef(try compiler.node(forReference: reference, base: info.base,
                                                              origin: at("$recursiveRef"))))
        }

        if validation { keywords += try compileValidation() }
        if info.vocabularies.contains(.format), let value = object["format"] {
            guard case .string(let name) = value else { throw invalid("format", "format must be a string") }
            if compiler.options.asserts(name), let format = SchemaFormat(name) {
                keywords.append(.format(format))
            }
        }
        if applicator { keywords += try compileApplicators() }
        return keywords
    }

    private func compileValidation() throws(SchemaError) -> [SchemaKeyword] {
        var keywords: [SchemaKeyword] = []
        if let value = object["type"] {
            keywords.append(.type(try typeSet(value)))
        }
        if let value = object["const"] { keywords.append(.constant(value)) }
        if let value = object["enum"] {
            guard case .array(let options) = value else { throw invalid("enum", "enum must be an array") }
            keywords.append(.enumeration(options))
        }
        if let divisor = try number("multipleOf") {
            guard divisor.number.doubleValue > 0 else { throw invalid("multipleOf", "multipleOf must be greater than 0") }
            keywords.append(.multipleOf(divisor))
        }
        for bound in [SchemaNumericBound.minimum, .exclusiveMinimum, .maximum, .exclusiveMaximum] {
            if let limit = try number(bound.keyword) { keywords.append(.bound(bound, limit)) }
        }
        if let limit = try nonNegativeInteger("minLength") { keywords.append(.minLength(limit)) }
        if let limit = try nonNegativeInteger("maxLength") { keywords.append(.maxLength(limit)) }
        if let value = object["pattern"] {
            guard case .string(let pattern) = value else { throw invalid("pattern", "pattern must be a string") }
            keywords.append(.pattern(try regex(pattern, keyword: "pattern")))
        }
        if let limit = try nonNegativeInteger("minItems") { keywords.append(.minItems(limit)) }
        if let limit = try nonNegativeInteger("maxItems") { keywords.append(.maxItems(limit)) }
        if let value = object["uniqueItems"] {
            guard case .bool(let unique) = value else { throw invalid("uniqueItems", "uniqueItems must be a boolean") }
            if unique { keywords.append(.uniqueItems) }
        }
        if let names = try stringArray("required"), !names.isEmpty { keywords.append(.required(names)) }
        if let value = object["dependentRequired"] {
            guard case .object(let map) = value else {
                throw invalid("dependentRequired", "dependentRequired must be an object of string arrays")
            }
            var entries: [(name: String, required: [String])] = []
            for member in map {
                guard let names = Self.strings(member.value) else {
                    throw invalid("dependentRequired", "dependentRequired['\(member.key)'] must be an array of strings")
                }
                entries.append((member.key, names))
            }
            keywords.append(.dependentRequired(entries))
        }
        if let limit = try nonNegativeInteger("minProperties") { keywords.append(.minProperties(limit)) }
        if let limit = try nonNegativeInteger("maxProperties") { keywords.append(.maxProperties(limit)) }
        return keywords
    }

    private func typeSet(_ value: JSON) throws(SchemaError) -> SchemaTypeSet {
        func named(_ name: String) -> SchemaTypeSet? {
            SchemaTypeSet.names.first { $0.0 == name }?.1
        }
        switch value {
        case .string(let name):
            guard let type = named(name) else { throw invalid("type", "'\(name)' is not a JSON Schema type") }
            return type
        case .array(let items):
            guard !items.isEmpty else { throw invalid("type", "type must not be an empty array") }
            var set: SchemaTypeSet = []
            for item in items {
                guard case .string(let name) = item, let type = named(name) else {
                    throw invalid("type", "type must list JSON Schema type names")
                }
                set.insert(type)
            }
            return set
        default:
            throw invalid("type", "type must be a type name or an array of type names")
        }
    }

    private func compileApplicators() throws(SchemaError) -> [SchemaKeyword] {
        var keywords: [SchemaKeyword] = []

        // Arrays
        if let value = object["items"] {
            if case .array(let schemas) = value {
                var nodes: [Int] = []
                for (offset, item) in schemas.enumerated() {
                    guard SchemaDocumentWalker.isSchemaShaped(item) else {
                        throw invalid("items", "items[\(offset)] must be a schema, found \(item.kindName)")
                    }
                    nodes.append(try child("items", String(offset)))
                }
                keywords.append(.items(.tuple(nodes, additional: try schemaValue("additionalItems"))))
            } else {
                guard let node = try schemaValue("items") else { throw invalid("items", "items must be a schema") }
                keywords.append(.items(.uniform(node)))
            }
        }
        if let node = try schemaValue("contains") {
            var minimum = 1
            var maximum: Int?
            var minKeyword = false
            if validation {
                if let value = try nonNegativeInteger("minContains") { minimum = value; minKeyword = true }
                maximum = try nonNegativeInteger("maxContains")
            }
            keywords.append(.contains(node: node, min: minimum, max: maximum, minKeyword: minKeyword))
        }

        // Objects
        var objectApplicators = SchemaObjectApplicators()
        if let entries = try schemaMap("properties") {
            objectApplicators.hasProperties = true
            for (name, node) in entries { objectApplicators.properties[SchemaExactString(name)] = node }
        }
        if let entries = try schemaMap("patternProperties") {
            objectApplicators.hasPatterns = true
            for (pattern, node) in entries {
                objectApplicators.patterns.append((try regex(pattern, keyword: "patternProperties"), node))
            }
        }
        objectApplicators.additional = try schemaValue("additionalProperties")
        if objectApplicators.hasProperties || objectApplicators.hasPatterns || objectApplicators.additional != nil {
            keywords.append(.objectApplicators(objectApplicators))
        }
        if let node = try schemaValue("propertyNames") { keywords.append(.propertyNames(node)) }
        if let entries = try schemaMap("dependentSchemas") {
            keywords.append(.dependentSchemas(entries.map { (name: $0.0, node: $0.1) }))
        }
        if let value = object["dependencies"] {
            keywords.append(.dependencies(try dependencies(value)))
        }

        // In place
        if let nodes = try schemaArray("allOf") { keywords.append(.allOf(nodes)) }
        if let nodes = try schemaArray("anyOf") { keywords.append(.anyOf(nodes)) }
        if let nodes = try schemaArray("oneOf") { keywords.append(.oneOf(nodes)) }
        if let node = try schemaValue("not") { keywords.append(.not(node)) }
        if let condition = try schemaValue("if") {
            keywords.append(.conditional(if: condition, then: try schemaValue("then"), else: try schemaValue("else")))
        }

        // Unevaluated keywords see the annotations of everything above, so they come last.
        if let node = try schemaValue("unevaluatedItems") { keywords.append(.unevaluatedItems(node)) }
        if let node = try schemaValue("unevaluatedProperties") { keywords.append(.unevaluatedProperties(node)) }
        return keywords
    }

    private func dependencies(_ value: JSON) throws(SchemaError) -> [(name: String, required: [String]?, node: Int?)] {
        guard case .object(let map) = value else { throw invalid("dependencies", "dependencies must be an object") }
        var entries: [(name: String, required: [String]?, node: Int?)] = []
        for member in map {
            if let names = Self.strings(member.value) {
                entries.append((member.key, names, nil))
            } else if SchemaDocumentWalker.isSchemaShaped(member.value) {
                entries.append((member.key, nil, try child("dependencies", member.key)))
            } else {
                throw invalid("dependencies", "dependencies['\(member.key)'] must be a schema or an array of strings")
            }
        }
        return entries
    }
}
