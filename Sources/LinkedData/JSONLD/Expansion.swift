/// The Expansion algorithm (JSON-LD 1.1 API §5.1), steps 1–12 and 15–20: the element dispatch, context
/// changes on entering an object, and the shape checks of the result. The entries themselves are
/// expanded in `ExpansionEntries.swift`.
extension JSONLDRun {
    /// Expands `element` under `property`, whose term definition in `context` is `definition` (passed
    /// down rather than looked up again).
    func expandElement(_ context: ActiveContext, _ property: String?, _ definition: TermDefinition?, _ element: JSON,
                       baseURL: String?, fromMap: Bool = false, depth: Int) throws(JSONLDError) -> Expanded
    {
        try countExpansionWork()
        if depth > options.limits.maxDepth {
            throw JSONLDError(.limitExceeded, "the document nests deeper than \(options.limits.maxDepth) levels")
        }
        switch element {
        case .null:
            return .none
        case .array(let array):
            var result: [ExpandedItem] = []
            result.reserveCapacity(array.count)
            let listContainer = definition?.container.contains(.list) ?? false
            for (i, item) in array.enumerated() {
                let expanded = try withPath(String(i)) { () throws(JSONLDError) in
                    try expandElement(context, property, definition, item, baseURL: baseURL, fromMap: fromMap, depth: depth + 1)
                }
                switch expanded {
                case .none: break
                case .one(let one): result.append(one)
                case .many(let many):
                    if listContainer { result.append(.list(ExpandedList(items: many))) } else { result.append(contentsOf: many) }
                }
            }
            return .many(result)
        case .object(let object):
            return try expandObject(context, property, definition, object, baseURL: baseURL, fromMap: fromMap, depth: depth)
        default:
            guard let property, !property.bytesEqual("@graph") else {
                try unsafe("a free-floating value (\(element.kindName)) outside any property would be dropped")
                return .none
            }
            var valueContext = context
            var valueDefinition = definition
            if let scoped = definition, scoped.context != nil {
                valueContext = try applyScopedContext(context, scoped, kind: .propertyScoped, overrideProtected: false, propagate: true)
                valueDefinition = valueContext.term(property)
            }
            return try expandValue(valueContext, valueDefinition, element).map(Expanded.one) ?? .none
        }
    }

    /// Steps 3–20 for a JSON object.
    private func expandObject(_ incoming: ActiveContext, _ property: String?, _ propertyDefinition: TermDefinition?,
                              _ element: JSONObject, baseURL: String?, fromMap: Bool, depth: Int) throws(JSONLDError) -> Expanded
    {
        var context = incoming

        // Step 7: a non-propagated (type-scoped) context does not apply inside a new node object.
        if let previous = context.previous, !fromMap {
            var revert = true
            for member in element.members {
                let keyword = expandedKeyword(context, member.key)
                if keyword == .value || (element.count == 1 && keyword == .id) {
                    revert = false
                    break
                }
            }
            if revert { context = previous }
        }
        // Step 8.
        if let scoped = propertyDefinition, scoped.context != nil {
            context = try applyScopedContext(context, scoped, kind: .propertyScoped, overrideProtected: true, propagate: true)
        }
        // Step 9.
        if let local = element["@context"] {
            context = try withPath("@context") { () throws(JSONLDError) in try applyEmbeddedContext(context, local, baseURL: baseURL) }
        }
        let typeScopedContext = context

        // Step 11: type-scoped contexts, in code point order of the keys and of the types.
        var typeValues: [(key: String, value: JSON)] = []
        for member in element.members where expandedKeyword(context, member.key) == .type {
            typeValues.append((member.key, member.value))
        }
        if typeValues.count > 1 { typeValues.sort { $0.key.precedesInCodePointOrder($1.key) } }
        for (_, value) in typeValues {
            var terms: [String] = []
            switch value {
            case .string(let s): terms = [s]
            case .array(let array): for item in array { if case .string(let s) = item { terms.append(s) } }
            default: break
            }
            if terms.count > 1 { terms.sort { $0.precedesInCodePointOrder($1) } }
            for term in terms {
                if let definition = typeScopedContext.term(term), definition.context != nil {
                    context = try withPath("@type") { () throws(JSONLDError) in
                        try applyScopedContext(context, definition, kind: .typeScoped, overrideProtected: false, propagate: false)
                    }
                }
            }
        }
        // Step 12.
        var inputTypeIsJSON = false
        if let first = typeValues.first {
            let last: JSON? = if case .array(let array) = first.value { array.last } else { first.value }
            if case .string(let type)? = last,
               let expanded = IRIExpansion.expand(type, in: typeScopedContext.data, documentRelative: true, vocab: true)
            {
                inputTypeIsJSON = Keyword.named(expanded) == .json
            }
        }

        var result = ExpansionResult()
        let activeDefinition = context === incoming ? propertyDefinition : property.flatMap { context.term($0) }
        try expandEntries(context, typeScopedContext: typeScopedContext, inputTypeIsJSON: inputTypeIsJSON,
                          activeProperty: property, activeDefinition: activeDefinition, element: element, into: &result,
                          baseURL: baseURL, depth: depth)
        return try finish(result, activeProperty: property)
    }

    /// The keyword a key expands to, if any (used before the entries are expanded).
    @inline(__always)
    func expandedKeyword(_ context: ActiveContext, _ key: String) -> Keyword? { context.keyword(for: key) }

    /// A property- or type-scoped context applied to `context`, from the cache when `context` is cached.
    func applyScopedContext(_ context: ActiveContext, _ definition: TermDefinition, kind: ContextCache.DerivationKey.Kind,
                            overrideProtected: Bool, propagate: Bool) throws(JSONLDError) -> ActiveContext
    {
        guard let local = definition.context else { return context }
        guard context.isCached else {
            return try processContext(context, local, baseURL: definition.contextBaseURL,
                                      overrideProtected: overrideProtected, propagate: propagate)
        }
        let key = ContextCache.DerivationKey(parent: context.serial, kind: kind, term: definition.serial, url: nil)
        if let hit = cache.derived(key) { return hit }
        let derived = try processContext(context, local, baseURL: definition.contextBaseURL,
                                         overrideProtected: overrideProtected, propagate: propagate)
        return cache.store(key, derived.data)
    }

    /// An embedded `@context`: cached when it is a list of references (the common case for credentials),
    /// processed each time when it defines terms inline.
    func applyEmbeddedContext(_ context: ActiveContext, _ local: JSON, baseURL: String?) throws(JSONLDError) -> ActiveContext {
        guard context.isCached, let signature = Self.referenceSignature(local, baseURL: baseURL) else {
            return try processContext(context, local, baseURL: baseURL)
        }
        let key = ContextCache.DerivationKey(parent: context.serial, kind: .local, term: 0, url: ByteKey(signature))
        if let hit = cache.derived(key) { return hit }
        let derived = try processContext(context, local, baseURL: baseURL)
        return cache.store(key, derived.data)
    }

    /// A cache key for a context made only of absolute references (a string or an array of strings), or
    /// nil. Relative references depend on the base URL and are keyed with it.
    private static func referenceSignature(_ local: JSON, baseURL: String?) -> String? {
        switch local {
        case .string(let s):
            return IRIResolution.hasScheme(s) ? s : nil
        case .array(let array):
            var signature = ""
            for item in array {
                guard case .string(let s) = item, IRIResolution.hasScheme(s) else { return nil }
                signature += s
                signature += "\u{0}"
            }
            return signature
        default:
            return nil
        }
    }

    /// Steps 15–20: checks the shape of the expanded object and returns it, or nothing.
    private func finish(_ result: ExpansionResult, activeProperty: String?) throws(JSONLDError) -> Expanded {
        let topLevel = activeProperty.map { $0.bytesEqual("@graph") } ?? true
        if result.has(.value) {
            guard result.properties.isEmpty, result.reverse == nil,
                  result.keys.isSubset(of: [.value, .type, .language, .direction, .index])
            else {
                throw JSONLDError(.invalidValueObject, "a value object may only have @value, @type, @language, @direction and @index")
            }
            if result.has(.type), result.has(.language) || result.has(.direction) {
                throw JSONLDError(.invalidValueObject, "a value object cannot have both @type and @language or @direction")
            }
            let isJSON = result.has(.type) && !result.typeIsArray && result.types.count == 1 && Keyword.named(result.types[0]) == .json
            if !isJSON {
                if case .null = result.value {
                    try unsafe("a value object with a null @value would be dropped")
                    return .none
                }
                if result.has(.language), result.value.stringValue == nil {
                    throw JSONLDError(.invalidLanguageTaggedValue, "only strings can have a language, found \(result.value.kindName)")
                }
                if result.has(.type) {
                    guard !result.typeIsArray, result.types.count == 1, WellFormedness.isIRI(result.types[0])
                    else {
                        throw JSONLDError(.invalidTypedValue, "the @type of a value object must be one absolute IRI")
                    }
                }
            }
            if topLevel {
                try unsafe("a free-floating value object outside any property would be dropped")
                return .none
            }
            return .one(.value(ExpandedValue(value: result.value, type: result.has(.type) ? result.types.first : nil,
                                             language: result.language, direction: result.direction, index: result.index)))
        }
        if result.has(.set) || result.has(.list) {
            let others = result.keys.subtracting([.set, .list])
            guard result.properties.isEmpty, result.reverse == nil, others.isSubset(of: [.index]),
                  !(result.has(.set) && result.has(.list))
            else {
                throw JSONLDError(.invalidSetOrListObject, "@set and @list objects may only have @index beside them")
            }
            if result.has(.set) { return result.set }
            if topLevel {
                try unsafe("a free-floating list outside any property would be dropped")
                return .none
            }
            return .one(.list(ExpandedList(items: result.list, index: result.index)))
        }
        if result.keys == [.language], result.properties.isEmpty, result.reverse == nil {
            try unsafe("an object with only @language would be dropped")
            return .none
        }
        if result.has(.language) || result.has(.direction) {
            try unsafe("@language and @direction outside a value object would be dropped")
        }
        if let id = result.id { nodeIDs.append(id) }
        if result.reverse != nil || result.idIsNull { needsNodeMap = true }
        let node = ExpandedNode(
            id: result.id, idIsNull: result.idIsNull, types: result.types, hasTypes: result.has(.type), properties: result.properties,
            reverse: result.reverse, graph: result.has(.graph) ? result.graph : nil,
            included: result.has(.included) ? result.included : nil, index: result.index,
            wellFormedTypes: result.wellFormedTypes, wellFormedProperties: result.wellFormedProperties)
        if topLevel {
            let onlyID = result.keys.isSubset(of: [.id]) && result.properties.isEmpty && result.reverse == nil
            if onlyID {
                try unsafe(result.id == nil ? "an empty object would be dropped" : "a node with only @id (\(result.id ?? "")) would be dropped")
                return .none
            }
        }
        return .one(.node(node))
    }
}

/// A set of keywords present in an expansion result.
struct KeywordSet: OptionSet {
    let rawValue: UInt32
    init(rawValue: UInt32) { self.rawValue = rawValue }
    init(_ keyword: Keyword) { rawValue = 1 << UInt32(keyword.rawValue) }
    static let value = KeywordSet(.value), type = KeywordSet(.type), language = KeywordSet(.language)
    static let direction = KeywordSet(.direction), index = KeywordSet(.index), set = KeywordSet(.set)
    static let list = KeywordSet(.list), id = KeywordSet(.id)
}

/// The `result` map of the Expansion algorithm, with a field per keyword.
struct ExpansionResult {
    var keys: KeywordSet = []
    var id: String?
    /// `@id` was present but expanded to null (a reserved `@`-form).
    var idIsNull = false
    var types: [String] = []
    var typeIsArray = false
    var value: JSON = .null
    var language: String?
    var direction: String?
    var index: String?
    var list: [ExpandedItem] = []
    var set: Expanded = .none
    var graph: [ExpandedItem] = []
    var included: [ExpandedItem] = []
    var reverse: OrderedByteMap<[ExpandedItem]>?
    var properties = OrderedByteMap<[ExpandedItem]>()
    var wellFormedTypes: UInt64 = 0
    var wellFormedProperties: UInt64 = 0

    @inline(__always) func has(_ keyword: Keyword) -> Bool { keys.contains(KeywordSet(keyword)) }
    @inline(__always) mutating func mark(_ keyword: Keyword) { keys.insert(KeywordSet(keyword)) }

    /// "Add value" with `as array`: appends `items` to the property's values.
    mutating func add(_ property: String, _ items: [ExpandedItem], wellFormed: Bool = false) {
        if let position = properties.position(of: property) {
            properties.values[position].append(contentsOf: items)
        } else {
            let position = properties.append(property, items)
            if wellFormed, position < 64 { wellFormedProperties |= 1 << UInt64(position) }
        }
    }

    mutating func addReverse(_ property: String, _ items: [ExpandedItem]) {
        var map = reverse ?? OrderedByteMap()
        reverse = nil  // so `map` is uniquely referenced and not copied
        let position = map.positionInserting(property) { [] }
        var values = map.values[position]
        map.setValue([], at: position)
        values.append(contentsOf: items)
        map.setValue(values, at: position)
        reverse = map
    }
}
