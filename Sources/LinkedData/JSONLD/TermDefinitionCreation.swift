/// The Create Term Definition algorithm (JSON-LD 1.1 API §4.2), including the IRI expansion it performs
/// while the local context's other terms may still be undefined.
extension JSONLDRun {
    private static let allowedEntries: Set<String> = [
        "@id", "@reverse", "@container", "@context", "@direction", "@index", "@language", "@nest", "@prefix",
        "@protected", "@type",
    ]

    func createTermDefinition(_ term: String, in result: inout ContextData, scope: DefinitionScope,
                              defined: inout [ByteKey: Bool]) throws(JSONLDError)
    {
        let key = ByteKey(term)
        if let state = defined[key] {
            if state { return }
            throw JSONLDError(.cyclicIRIMapping, "the definition of \"\(term)\" depends on itself")
        }
        if term.isEmpty { throw JSONLDError(.invalidTermDefinition, "the empty string cannot be a term") }
        defined[key] = false
        guard let rawValue = scope.local[term] else {
            defined[key] = true
            return
        }
        try countContextWork()

        let keyword = Keyword.named(term)
        if keyword == .type {
            if is10 { throw JSONLDError(.keywordRedefinition, "@type cannot be redefined in processing mode json-ld-1.0") }
            var acceptable = false
            if case .object(let object) = rawValue, !object.isEmpty {
                acceptable = true
                for member in object.members {
                    switch Keyword.named(member.key) {
                    case .container: if !(member.value.stringValue?.bytesEqual("@set") ?? false) { acceptable = false }
                    case .protected: break
                    default: acceptable = false
                    }
                }
            }
            if !acceptable {
                throw JSONLDError(.keywordRedefinition, "@type may only be given {\"@container\": \"@set\"} and @protected")
            }
        } else if keyword != nil {
            throw JSONLDError(.keywordRedefinition, "the keyword \(term) cannot be redefined")
        } else if Keyword.hasKeywordForm(term) {
            try unsafe("the term \"\(term)\" has the form of a keyword and would be ignored")
            defined[key] = true
            return
        }

        let previous = result.terms.removeValue(forKey: key)
        let value: JSONObject
        var simpleTerm = false
        switch rawValue {
        case .null: value = JSONObject(members: [.init(key: "@id", value: .null)])
        case .string(let s):
            value = JSONObject(members: [.init(key: "@id", value: .string(s))])
            simpleTerm = true
        case .object(let object): value = object
        default:
            throw JSONLDError(.invalidTermDefinition, "the definition of \"\(term)\" must be a string, an object or null, found \(rawValue.kindName)")
        }

        var isProtected = scope.protectedDefault
        if let protectedValue = value["@protected"] {
            guard case .bool(let flag) = protectedValue else {
                throw JSONLDError(.invalidProtectedValue, "@protected of \"\(term)\" must be true or false")
            }
            if is10 { throw JSONLDError(.invalidTermDefinition, "@protected is not allowed in processing mode json-ld-1.0") }
            isProtected = flag
        }

        var typeMapping: String? = nil
        if let typeValue = value["@type"] {
            guard case .string(let type) = typeValue else {
                throw JSONLDError(.invalidTypeMapping, "@type of \"\(term)\" must be a string, found \(typeValue.kindName)")
            }
            let expanded = try expandIRIInContext(type, in: &result, scope: scope, defined: &defined)
            guard let expanded else { throw JSONLDError(.invalidTypeMapping, "@type \"\(type)\" of \"\(term)\" does not expand to an IRI") }
            let typeKeyword = Keyword.named(expanded)
            if is10, typeKeyword == .json || typeKeyword == .none_ {
                throw JSONLDError(.invalidTypeMapping, "@type \(expanded) is not allowed in processing mode json-ld-1.0")
            }
            switch typeKeyword {
            case .id, .json, .none_, .vocab: break
            default:
                guard typeKeyword == nil, IRIResolution.hasScheme(expanded) else {
                    throw JSONLDError(.invalidTypeMapping, "@type \"\(type)\" of \"\(term)\" must be @id, @json, @none, @vocab or an absolute IRI")
                }
            }
            typeMapping = expanded
        }

        var iri: String? = nil
        var isReverse = false
        var isPrefix = false
        var container: ContainerSet = []
        var containerDone = false

        if let reverseValue = value["@reverse"] {
            if value["@id"] != nil || value["@nest"] != nil {
                throw JSONLDError(.invalidReverseProperty, "the reverse property \"\(term)\" cannot also have @id or @nest")
            }
            guard case .string(let reverse) = reverseValue else {
                throw JSONLDError(.invalidIRIMapping, "@reverse of \"\(term)\" must be a string, found \(reverseValue.kindName)")
            }
            if Keyword.hasKeywordForm(reverse) {
                try unsafe("@reverse \"\(reverse)\" of \"\(term)\" has the form of a keyword and would be ignored")
                defined[key] = true
                return
            }
            let expanded = try expandIRIInContext(reverse, in: &result, scope: scope, defined: &defined)
            guard let expanded, IRIExpansion.isAbsoluteOrBlank(expanded) || expanded.utf8.contains(UInt8(ascii: ":")) else {
                throw JSONLDError(.invalidIRIMapping, "@reverse \"\(reverse)\" of \"\(term)\" does not expand to an IRI or blank node")
            }
            iri = expanded
            if let containerValue = value["@container"] {
                switch containerValue {
                case .null: container = []
                case .string(let s) where Keyword.named(s) == .set: container = .set
                case .string(let s) where Keyword.named(s) == .index: container = .index
                default:
                    throw JSONLDError(.invalidReverseProperty, "the reverse property \"\(term)\" may only have an @set or @index container")
                }
            }
            containerDone = true
            isReverse = true
        } else if let idValue = value["@id"], !(idValue.stringValue?.bytesEqual(term) ?? false) {
            switch idValue {
            case .null:
                iri = nil
            case .string(let id):
                if Keyword.named(id) == nil, Keyword.hasKeywordForm(id) {
                    try unsafe("@id \"\(id)\" of \"\(term)\" has the form of a keyword and would be ignored")
                    defined[key] = true
                    return
                }
                guard let expanded = try expandIRIInContext(id, in: &result, scope: scope, defined: &defined) else {
                    throw JSONLDError(.invalidIRIMapping, "@id \"\(id)\" of \"\(term)\" does not expand to an IRI")
                }
                if let aliased = Keyword.named(expanded) {
                    if aliased == .context { throw JSONLDError(.invalidKeywordAlias, "\"\(term)\" cannot be an alias of @context") }
                } else if !IRIExpansion.isAbsoluteOrBlank(expanded) {
                    throw JSONLDError(.invalidIRIMapping, "@id \"\(id)\" of \"\(term)\" expands to \"\(expanded)\", which is neither an absolute IRI, a blank node nor a keyword")
                }
                iri = expanded
                if Self.looksLikeIRI(term) {
                    defined[key] = true
                    let termExpansion = try expandIRIInContext(term, in: &result, scope: scope, defined: &defined)
                    guard let termExpansion, termExpansion.bytesEqual(expanded) else {
                        throw JSONLDError(.invalidIRIMapping, "the term \"\(term)\" has the form of an IRI but is mapped to \"\(expanded)\"")
                    }
                }
                if simpleTerm, !term.utf8.contains(UInt8(ascii: ":")), !term.utf8.contains(UInt8(ascii: "/")),
                   Self.endsWithGenDelim(expanded) || WellFormedness.isBlankNode(expanded)
                {
                    isPrefix = true
                }
            default:
                throw JSONLDError(.invalidIRIMapping, "@id of \"\(term)\" must be a string or null, found \(idValue.kindName)")
            }
        } else if let (prefix, suffix) = IRIExpansion.splitCompactIRI(term) {
            if scope.local[prefix] != nil {
                try createTermDefinition(prefix, in: &result, scope: scope, defined: &defined)
            }
            if let prefixDefinition = result.term(prefix), let prefixIRI = prefixDefinition.iri {
                iri = prefixIRI + suffix
            } else {
                iri = term
            }
        } else if term.utf8.contains(UInt8(ascii: "/")) {
            // The term itself is being defined, so it is expanded without the local context.
            guard let expanded = IRIExpansion.expand(term, in: result, documentRelative: false, vocab: true),
                  IRIResolution.hasScheme(expanded)
            else {
                throw JSONLDError(.invalidIRIMapping, "the relative IRI term \"\(term)\" does not expand to an absolute IRI")
            }
            iri = expanded
        } else if keyword == .type {
            iri = "@type"
        } else if let vocab = result.vocab {
            iri = vocab + term
        } else {
            throw JSONLDError(.invalidIRIMapping, "\"\(term)\" has no @id and there is no @vocab to map it to an IRI")
        }

        if !containerDone, let containerValue = value["@container"] {
            container = try parseContainer(containerValue, term: term)
            if container.contains(.type) {
                if typeMapping == nil { typeMapping = "@id" }
                guard let mapping = typeMapping, Keyword.named(mapping) == .id || Keyword.named(mapping) == .vocab else {
                    throw JSONLDError(.invalidTypeMapping, "a type map \"\(term)\" needs @type @id or @vocab")
                }
            }
        }

        var index: String? = nil
        if let indexValue = value["@index"] {
            if is10 || !container.contains(.index) {
                throw JSONLDError(.invalidTermDefinition, "@index of \"\(term)\" needs an @index container (and JSON-LD 1.1)")
            }
            guard case .string(let indexProperty) = indexValue,
                  let expanded = try expandIRIInContext(indexProperty, in: &result, scope: scope, defined: &defined),
                  Keyword.named(expanded) == nil, IRIExpansion.isAbsoluteOrBlank(expanded)
            else {
                throw JSONLDError(.invalidTermDefinition, "@index of \"\(term)\" must be a string expanding to an IRI")
            }
            index = indexProperty
        }

        var scopedContext: JSON? = nil
        if let contextValue = value["@context"] {
            if is10 { throw JSONLDError(.invalidTermDefinition, "scoped contexts are not allowed in processing mode json-ld-1.0") }
            do {
                _ = try processContext(ActiveContext(result, cached: false), contextValue, baseURL: scope.baseURL,
                                       remoteContexts: scope.remoteContexts, overrideProtected: true, validateScoped: false)
            } catch {
                if error.code == .limitExceeded || error.code == .safeModeViolation { throw error }
                throw JSONLDError(.invalidScopedContext, "the scoped context of \"\(term)\" is invalid: \(error.description)")
            }
            scopedContext = contextValue
        }

        var language: String?? = nil
        if let languageValue = value["@language"], value["@type"] == nil {
            switch languageValue {
            case .null: language = .some(nil)
            case .string(let tag): language = .some(tag)
            default: throw JSONLDError(.invalidLanguageMapping, "@language of \"\(term)\" must be a string or null")
            }
        }
        var direction: BaseDirection?? = nil
        if let directionValue = value["@direction"], value["@type"] == nil {
            switch directionValue {
            case .null: direction = .some(nil)
            case .string(let s) where BaseDirection(s) != nil: direction = .some(BaseDirection(s))
            default: throw JSONLDError(.invalidBaseDirection, "@direction of \"\(term)\" must be \"ltr\", \"rtl\" or null")
            }
        }
        var nest: String? = nil
        if let nestValue = value["@nest"] {
            if is10 { throw JSONLDError(.invalidTermDefinition, "@nest is not allowed in processing mode json-ld-1.0") }
            guard case .string(let nestName) = nestValue, Keyword.named(nestName) == nil || Keyword.named(nestName) == .nest else {
                throw JSONLDError(.invalidNestValue, "@nest of \"\(term)\" must be a term or @nest")
            }
            nest = nestName
        }
        if let prefixValue = value["@prefix"] {
            if is10 || term.utf8.contains(UInt8(ascii: ":")) || term.utf8.contains(UInt8(ascii: "/")) {
                throw JSONLDError(.invalidTermDefinition, "@prefix is not allowed on \"\(term)\"")
            }
            guard case .bool(let flag) = prefixValue else {
                throw JSONLDError(.invalidPrefixValue, "@prefix of \"\(term)\" must be true or false")
            }
            isPrefix = flag
            if flag, let iri, Keyword.named(iri) != nil {
                throw JSONLDError(.invalidTermDefinition, "the keyword alias \"\(term)\" cannot be a prefix")
            }
        }
        for member in value.members where !Self.allowedEntries.contains(member.key) || Keyword.named(member.key) == nil {
            throw JSONLDError(.invalidTermDefinition, "the definition of \"\(term)\" has the unknown entry \"\(member.key)\"")
        }

        let definition = TermDefinition(
            iri: iri, isPrefix: isPrefix, isProtected: isProtected, isReverse: isReverse, typeMapping: typeMapping,
            container: container, language: language, direction: direction, index: index, nest: nest,
            context: scopedContext, contextBaseURL: scopedContext == nil ? nil : scope.baseURL)
        if !scope.overrideProtected, let previous, previous.isProtected {
            guard definition.sameDefinition(as: previous) else {
                throw JSONLDError(.protectedTermRedefinition, "the protected term \"\(term)\" cannot be redefined")
            }
            result.terms[key] = previous
        } else {
            result.terms[key] = definition
        }
        defined[key] = true
    }

    /// IRI expansion during context processing: terms of the local context it depends on are defined first.
    func expandIRIInContext(_ value: String, in result: inout ContextData, scope: DefinitionScope,
                            defined: inout [ByteKey: Bool], documentRelative: Bool = false,
                            vocab: Bool = true) throws(JSONLDError) -> String?
    {
        if value.utf8.first == UInt8(ascii: "@") {
            if Keyword.named(value) != nil { return value }
            if Keyword.hasKeywordForm(value) { return nil }
        }
        if scope.local[value] != nil, defined[ByteKey(value)] != true {
            try createTermDefinition(value, in: &result, scope: scope, defined: &defined)
        }
        if let definition = result.term(value) {
            if definition.keyword != nil { return definition.iri }
            if vocab { return definition.iri }
        }
        if let (prefix, suffix) = IRIExpansion.splitCompactIRI(value),
           !prefix.bytesEqual("_"), !suffix.utf8.starts(with: "//".utf8),
           scope.local[prefix] != nil, defined[ByteKey(prefix)] != true
        {
            try createTermDefinition(prefix, in: &result, scope: scope, defined: &defined)
        }
        return IRIExpansion.expandUndefined(value, in: result, documentRelative: documentRelative, vocab: vocab)
    }

    /// A term with a ':' other than first or last, or any '/', must expand to its own IRI mapping.
    private static func looksLikeIRI(_ term: String) -> Bool {
        let bytes = Array(term.utf8)
        if bytes.contains(UInt8(ascii: "/")) { return true }
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return false }
        if colon > 0, colon < bytes.count - 1 { return true }
        // A colon only at the first or last position: look for another one in between.
        return bytes.dropFirst().dropLast().contains(UInt8(ascii: ":"))
    }

    private static func endsWithGenDelim(_ iri: String) -> Bool {
        switch iri.utf8.last {
        case UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "@"): true
        default: false
        }
    }

    /// Validates an `@container` value (JSON-LD 1.1 API §4.2 step 19).
    func parseContainer(_ value: JSON, term: String) throws(JSONLDError) -> ContainerSet {
        let invalid = JSONLDError(.invalidContainerMapping, "the @container of \"\(term)\" is not a valid container mapping")
        var names: [String] = []
        switch value {
        case .string(let s): names = [s]
        case .array(let array):
            if is10 { throw invalid }
            for item in array {
                guard case .string(let s) = item else { throw invalid }
                names.append(s)
            }
        default: throw invalid
        }
        guard !names.isEmpty else { throw invalid }
        var set: ContainerSet = []
        for name in names {
            switch Keyword.named(name) {
            case .list: set.insert(.list)
            case .set: set.insert(.set)
            case .graph: set.insert(.graph)
            case .id: set.insert(.id)
            case .index: set.insert(.index)
            case .language: set.insert(.language)
            case .type: set.insert(.type)
            default: throw invalid
            }
        }
        if is10 && (!set.isDisjoint(with: [.graph, .id, .type])) { throw invalid }
        if set.contains(.list) {
            guard set == .list else { throw invalid }
        } else if set.contains(.graph) {
            let rest = set.subtracting([.graph, .set])
            guard rest.isEmpty || rest == .id || rest == .index else { throw invalid }
        } else if names.count > 1 {
            let rest = set.subtracting(.set)
            guard set.contains(.set), rest.rawValue.nonzeroBitCount <= 1 else { throw invalid }
        }
        return set
    }
}
