/// The Expansion algorithm (JSON-LD 1.1 API §5.1), steps 13–14: each entry of an object, keyword entries,
/// language maps, index/id/type maps, and `@nest`.
extension JSONLDRun {
    func expandEntries(_ context: ActiveContext, typeScopedContext: ActiveContext, inputTypeIsJSON: Bool,
                       activeProperty: String?, activeDefinition: TermDefinition?, element: JSONObject,
                       into result: inout ExpansionResult, baseURL: String?, depth: Int) throws(JSONLDError)
    {
        var nests: [String] = []
        for member in element.members {
            let key = member.key
            if key.bytesEqual("@context") { continue }
            // Step 13.2–13.3.
            var definition: TermDefinition? = nil
            let expandedProperty: String?
            if let keyword = Keyword.named(key) {
                expandedProperty = keyword.spelling
            } else if Keyword.hasKeywordForm(key) {
                expandedProperty = nil
            } else if let found = context.term(key) {
                definition = found
                expandedProperty = found.iri
            } else {
                expandedProperty = IRIExpansion.expandUndefined(key, in: context.data, documentRelative: false, vocab: true)
            }
            guard let expandedProperty else {
                try withPath(key) { () throws(JSONLDError) in try unsafe("the property \"\(key)\" is mapped to null and would be dropped") }
                continue
            }
            if let keyword = Keyword.named(expandedProperty) {
                if keyword == .nest {
                    nests.append(key)
                    continue
                }
                try withPath(key) { () throws(JSONLDError) in
                    try expandKeywordEntry(keyword, key: key, value: member.value, context: context,
                                           typeScopedContext: typeScopedContext, inputTypeIsJSON: inputTypeIsJSON,
                                           activeProperty: activeProperty, activeDefinition: activeDefinition,
                                           into: &result, baseURL: baseURL, depth: depth)
                }
                continue
            }
            let wellFormed = definition?.hasWellFormedIRI ?? false
            if !wellFormed {
                guard expandedProperty.utf8.contains(UInt8(ascii: ":")) else {
                    try withPath(key) { () throws(JSONLDError) in
                        try unsafe("the property \"\(key)\" does not expand to an absolute IRI and would be dropped")
                    }
                    continue
                }
                if safeMode, !IRIResolution.hasScheme(expandedProperty), !WellFormedness.isBlankNode(expandedProperty) {
                    throw JSONLDError(.safeModeViolation, "the property \"\(key)\" expands to \"\(expandedProperty)\", which is not an absolute IRI")
                }
            }
            try withPath(key) { () throws(JSONLDError) in
                try expandPropertyEntry(key: key, definition: definition, expandedProperty: expandedProperty,
                                        value: member.value, context: context, into: &result, baseURL: baseURL, depth: depth)
            }
        }
        // Step 14: nested properties.
        for nestingKey in nests {
            guard let nestedValue = element[nestingKey] else { continue }
            let nestedValues: [JSON] = if case .array(let array) = nestedValue { array } else { [nestedValue] }
            for (i, nested) in nestedValues.enumerated() {
                try withPath(nestingKey) { () throws(JSONLDError) in
                    try withPath(String(i)) { () throws(JSONLDError) in
                        guard case .object(let nestedObject) = nested else {
                            throw JSONLDError(.invalidNestValue, "the value of @nest must be an object, found \(nested.kindName)")
                        }
                        for member in nestedObject.members where expandedKeyword(context, member.key) == .value {
                            throw JSONLDError(.invalidNestValue, "a nested object cannot be a value object")
                        }
                        var nestedContext = context
                        if let definition = context.term(nestingKey), definition.context != nil {
                            nestedContext = try applyScopedContext(context, definition, kind: .propertyScoped,
                                                                   overrideProtected: true, propagate: true)
                        }
                        try expandEntries(nestedContext, typeScopedContext: typeScopedContext, inputTypeIsJSON: inputTypeIsJSON,
                                          activeProperty: nestingKey, activeDefinition: nestedContext.term(nestingKey),
                                          element: nestedObject, into: &result, baseURL: baseURL, depth: depth + 1)
                    }
                }
            }
        }
    }

    /// Step 13.4: an entry whose key expands to a keyword.
    private func expandKeywordEntry(_ keyword: Keyword, key: String, value: JSON, context: ActiveContext,
                                    typeScopedContext: ActiveContext, inputTypeIsJSON: Bool, activeProperty: String?,
                                    activeDefinition: TermDefinition?, into result: inout ExpansionResult, baseURL: String?,
                                    depth: Int) throws(JSONLDError)
    {
        if let activeProperty, activeProperty.bytesEqual("@reverse") {
            throw JSONLDError(.invalidReversePropertyMap, "a reverse property map cannot contain the keyword \(keyword.spelling)")
        }
        if result.has(keyword), !(keyword == .included || (keyword == .type && !is10)) {
            throw JSONLDError(.collidingKeywords, "\(keyword.spelling) appears more than once (through \"\(key)\")")
        }
        switch keyword {
        case .id:
            guard case .string(let id) = value else {
                throw JSONLDError(.invalidIdValue, "@id must be a string, found \(value.kindName)")
            }
            guard let expanded = IRIExpansion.expand(id, in: context.data, documentRelative: true, vocab: false) else {
                // A reserved `@`-form: the node keeps a null @id, so nothing is said about it or links to it.
                try unsafe("the @id \"\(id)\" has the form of a keyword and would be dropped")
                result.idIsNull = true
                result.mark(.id)
                return
            }
            if safeMode, !IRIExpansion.isAbsoluteOrBlank(expanded) {
                throw JSONLDError(.safeModeViolation, "the @id \"\(id)\" is not an absolute IRI")
            }
            result.id = expanded
            result.mark(.id)

        case .type:
            if result.has(.type) { result.typeIsArray = true }
            switch value {
            case .string(let type):
                try appendType(type, typeScopedContext, to: &result)
            case .array(let array):
                result.types.reserveCapacity(result.types.count + array.count)
                for item in array {
                    guard case .string(let type) = item else {
                        throw JSONLDError(.invalidTypeValue, "@type values must be strings, found \(item.kindName)")
                    }
                    try appendType(type, typeScopedContext, to: &result)
                }
                result.typeIsArray = true
            default:
                throw JSONLDError(.invalidTypeValue, "@type must be a string or an array of strings, found \(value.kindName)")
            }
            result.mark(.type)

        case .graph:
            result.graph = try expandElement(context, "@graph", nil, value, baseURL: baseURL, depth: depth + 1).items
            result.mark(.graph)

        case .included:
            if is10 {
                try unsafe("@included is ignored in processing mode json-ld-1.0")
                return
            }
            // Expanded under "@included" rather than null so that values are reported, not dropped.
            let items = try expandElement(context, "@included", nil, value, baseURL: baseURL, depth: depth + 1).items
            for item in items {
                guard case .node = item else {
                    throw JSONLDError(.invalidIncludedValue, "@included may only contain node objects")
                }
            }
            result.included.append(contentsOf: items)
            result.mark(.included)

        case .value:
            if inputTypeIsJSON {
                if is10 { throw JSONLDError(.invalidValueObjectValue, "JSON literals need processing mode json-ld-1.1") }
            } else {
                switch value {
                case .array, .object:
                    throw JSONLDError(.invalidValueObjectValue, "@value must be a string, number, boolean or null, found \(value.kindName)")
                default: break
                }
            }
            result.value = value
            result.mark(.value)

        case .language:
            guard case .string(let language) = value else {
                throw JSONLDError(.invalidLanguageTaggedString, "@language must be a string, found \(value.kindName)")
            }
            result.language = language
            result.mark(.language)

        case .direction:
            if is10 {
                try unsafe("@direction is ignored in processing mode json-ld-1.0")
                return
            }
            guard case .string(let direction) = value, BaseDirection(direction) != nil else {
                throw JSONLDError(.invalidBaseDirection, "@direction must be \"ltr\" or \"rtl\"")
            }
            result.direction = direction
            result.mark(.direction)

        case .index:
            guard case .string(let index) = value else {
                throw JSONLDError(.invalidIndexValue, "@index must be a string, found \(value.kindName)")
            }
            result.index = index
            result.mark(.index)

        case .list:
            guard let activeProperty, !activeProperty.bytesEqual("@graph") else {
                try unsafe("a free-floating list outside any property would be dropped")
                return
            }
            result.list = try expandElement(context, activeProperty, activeDefinition, value, baseURL: baseURL, depth: depth + 1).items
            result.mark(.list)

        case .set:
            result.set = try expandElement(context, activeProperty, activeDefinition, value, baseURL: baseURL, depth: depth + 1)
            result.mark(.set)

        case .reverse:
            guard case .object = value else {
                throw JSONLDError(.invalidReverseValue, "@reverse must be an object, found \(value.kindName)")
            }
            let expanded = try expandElement(context, "@reverse", nil, value, baseURL: baseURL, depth: depth + 1)
            guard case .one(.node(let reversed)) = expanded else { return }
            if let doubled = reversed.reverse {
                for (i, property) in doubled.keys.enumerated() { result.add(property, doubled.values[i]) }
            }
            for (i, property) in reversed.properties.keys.enumerated() {
                let items = reversed.properties.values[i]
                for item in items where item.isValueOrList {
                    throw JSONLDError(.invalidReversePropertyValue, "a reverse property value must be a node object (\(property))")
                }
                result.addReverse(property, items)
            }
            if result.reverse == nil { result.reverse = OrderedByteMap() }

        default:
            // Framing keywords and keywords that only mean something inside a context.
            try unsafe("the keyword \(keyword.spelling) has no meaning here and would be dropped")
        }
    }

    /// Expands a `@type` value and appends it, noting when it is a term whose IRI is known well-formed.
    private func appendType(_ type: String, _ context: ActiveContext, to result: inout ExpansionResult) throws(JSONLDError) {
        if let definition = context.term(type), definition.keyword == nil, definition.hasWellFormedIRI, let iri = definition.iri {
            if result.types.count < 64 { result.wellFormedTypes |= 1 << UInt64(result.types.count) }
            result.types.append(iri)
            return
        }
        if let expanded = try expandType(type, context) { result.types.append(expanded) }
    }

    private func expandType(_ type: String, _ context: ActiveContext) throws(JSONLDError) -> String? {
        guard let expanded = IRIExpansion.expand(type, in: context.data, documentRelative: true, vocab: true) else {
            try unsafe("the type \"\(type)\" has the form of a keyword and would be dropped")
            return nil
        }
        if safeMode, !IRIExpansion.isAbsoluteOrBlank(expanded) {
            throw JSONLDError(.safeModeViolation, "the type \"\(type)\" expands to the relative IRI \"\(expanded)\"")
        }
        return expanded
    }

    /// Steps 13.7–13.15: an entry whose key expands to an IRI.
    private func expandPropertyEntry(key: String, definition: TermDefinition?, expandedProperty: String, value: JSON,
                                     context: ActiveContext, into result: inout ExpansionResult, baseURL: String?,
                                     depth: Int) throws(JSONLDError)
    {
        let container = definition?.container ?? []
        var expanded: Expanded
        if let definition, definition.typeKeyword == .json {
            expanded = .one(.value(ExpandedValue(value: value, type: "@json")))
        } else if container.contains(.language), case .object(let map) = value {
            expanded = .many(try expandLanguageMap(map, definition: definition, context: context))
        } else if !container.isDisjoint(with: [.index, .type, .id]), case .object(let map) = value, let definition {
            expanded = .many(try expandIndexMap(map, key: key, definition: definition, context: context, baseURL: baseURL, depth: depth))
        } else {
            expanded = try expandElement(context, key, definition, value, baseURL: baseURL, depth: depth + 1)
        }
        if case .none = expanded { return }
        if container.contains(.list) {
            if case .one(.list) = expanded {} else { expanded = .one(.list(ExpandedList(items: expanded.items))) }
        }
        if container.contains(.graph), container.isDisjoint(with: [.id, .index]) {
            expanded = .many(expanded.items.map { .node(ExpandedNode(graph: [$0])) })
        }
        if definition?.isReverse == true {
            let items = expanded.items
            for item in items where item.isValueOrList {
                throw JSONLDError(.invalidReversePropertyValue, "the value of the reverse property \"\(key)\" must be a node object")
            }
            result.addReverse(expandedProperty, items)
        } else {
            result.add(expandedProperty, expanded.items, wellFormed: definition?.hasWellFormedIRI ?? false)
        }
    }

    /// Step 13.7: a language map.
    private func expandLanguageMap(_ map: JSONObject, definition: TermDefinition?, context: ActiveContext) throws(JSONLDError) -> [ExpandedItem] {
        var direction = context.data.defaultDirection
        if let mapped = definition?.direction { direction = mapped }
        var items: [ExpandedItem] = []
        for member in map.members {
            let language = member.key
            let isNone = Keyword.named(language) == .none_
                || IRIExpansion.expand(language, in: context.data).map { Keyword.named($0) == .none_ } ?? false
            let values: [JSON] = if case .array(let array) = member.value { array } else { [member.value] }
            for item in values {
                switch item {
                case .null: continue
                case .string:
                    items.append(.value(ExpandedValue(value: item, language: isNone ? nil : language, direction: direction?.spelling)))
                default:
                    throw JSONLDError(.invalidLanguageMapValue, "language map values must be strings, found \(item.kindName) under \"\(language)\"")
                }
            }
        }
        return items
    }

    /// Step 13.8: an index, id or type map.
    private func expandIndexMap(_ map: JSONObject, key: String, definition: TermDefinition, context: ActiveContext,
                                baseURL: String?, depth: Int) throws(JSONLDError) -> [ExpandedItem]
    {
        let container = definition.container
        let indexKey = definition.index ?? "@index"
        let propertyValuedIndex = definition.index != nil
        var items: [ExpandedItem] = []
        for member in map.members {
            let index = member.key
            try withPath(index) { () throws(JSONLDError) in
                var mapContext = context
                if !container.isDisjoint(with: [.id, .type]) { mapContext = context.previous ?? context }
                if container.contains(.type), let typeDefinition = mapContext.term(index), typeDefinition.context != nil {
                    mapContext = try applyScopedContext(mapContext, typeDefinition, kind: .typeMapScoped,
                                                        overrideProtected: false, propagate: true)
                }
                let expandedIndex = IRIExpansion.expand(index, in: context.data)
                let indexIsNone = expandedIndex.map { Keyword.named($0) == .none_ } ?? false
                let mapDefinition = mapContext === context ? definition : mapContext.term(key)
                let expandedValues = try expandElement(mapContext, key, mapDefinition, member.value, baseURL: baseURL,
                                                       fromMap: true, depth: depth + 1).items
                for var item in expandedValues {
                    if container.contains(.graph) {
                        if case .node(let node) = item, node.isGraphObject {} else { item = .node(ExpandedNode(graph: [item])) }
                    }
                    if container.contains(.index), propertyValuedIndex, !indexIsNone {
                        guard case .node(var node) = item else {
                            throw JSONLDError(.invalidValueObject, "a value in a property-valued index map cannot take its index as a property")
                        }
                        let reExpanded = try expandValue(context, context.term(indexKey), .string(index))
                        guard let property = IRIExpansion.expand(indexKey, in: context.data) else { continue }
                        let existing = node.properties[property] ?? []
                        let values = (reExpanded.map { [$0] } ?? []) + existing
                        if let position = node.properties.position(of: property) {
                            node.properties.setValue(values, at: position)
                        } else {
                            node.properties.append(property, values)
                        }
                        item = .node(node)
                    } else if container.contains(.index), !indexIsNone, item.index == nil {
                        item.setIndex(index)
                    } else if container.contains(.id), !indexIsNone, case .node(var node) = item, node.id == nil {
                        node.id = IRIExpansion.expand(index, in: context.data, documentRelative: true, vocab: false)
                        if let id = node.id { nodeIDs.append(id) }
                        item = .node(node)
                    } else if container.contains(.type), !indexIsNone, let expandedIndex {
                        switch item {
                        case .node(var node):
                            node.types.insert(expandedIndex, at: 0)
                            node.wellFormedTypes <<= 1  // the known-well-formed bits follow their types
                            node.hasTypes = true
                            item = .node(node)
                        default:
                            throw JSONLDError(.invalidTypedValue, "a value in a type map must be a node object")
                        }
                    }
                    items.append(item)
                }
            }
        }
        return items
    }
}

extension ExpandedItem {
    var index: String? {
        switch self {
        case .node(let node): node.index
        case .value(let value): value.index
        case .list(let list): list.index
        }
    }

    mutating func setIndex(_ index: String) {
        switch self {
        case .node(var node): node.index = index; self = .node(node)
        case .value(var value): value.index = index; self = .value(value)
        case .list(var list): list.index = index; self = .list(list)
        }
    }
}
