/// The Context Processing algorithm (JSON-LD 1.1 API §4.1.2).
extension JSONLDRun {
    /// Processes `local` on top of `active`. Contexts derived from a cached context by a remote context
    /// are themselves cached (see `ContextCache`).
    func processContext(_ active: ActiveContext, _ local: JSON, baseURL: String?, remoteContexts: [String] = [],
                        overrideProtected: Bool = false, propagate propagateIn: Bool = true,
                        validateScoped: Bool = true) throws(JSONLDError) -> ActiveContext
    {
        try countContextWork()
        var result = active.data
        // While `result` is unchanged from a context object, that object (so cache lookups can use it).
        var resultContext: ActiveContext? = active
        var propagate = propagateIn
        if case .object(let object) = local, case .bool(let flag)? = object["@propagate"] { propagate = flag }
        if !propagate, result.previous == nil {
            result.previous = active
            resultContext = nil
        }
        let items: [JSON] = if case .array(let array) = local { array } else { [local] }
        for item in items {
            switch item {
            case .null:
                if !overrideProtected, active.data.hasProtectedTerms {
                    throw JSONLDError(.invalidContextNullification, "a null context may not clear protected term definitions")
                }
                let before = result
                result = ContextData(base: active.data.originalBase, originalBase: active.data.originalBase)
                if !propagate { result.previous = resultContext ?? ActiveContext(before, cached: false) }
                resultContext = nil

            case .string(let reference):
                let url = IRIResolution.resolve(reference, against: baseURL)
                if !IRIResolution.hasScheme(url) {
                    throw JSONLDError(.loadingDocumentFailed, "the context reference \"\(reference)\" is relative and there is no base URL to resolve it against")
                }
                if !validateScoped, remoteContexts.contains(where: { $0.bytesEqual(url) }) { continue }
                if remoteContexts.count >= options.limits.maxContextChain {
                    throw JSONLDError(.contextOverflow, "more than \(options.limits.maxContextChain) remote contexts load one another (at <\(url)>)")
                }
                let chain = remoteContexts + [url]
                let parent = resultContext ?? ActiveContext(result, cached: false)
                if validateScoped, parent.isCached {
                    let key = ContextCache.DerivationKey(parent: parent.serial, kind: .remote, term: 0, url: ByteKey(url))
                    if let hit = cache.derived(key) {
                        result = hit.data
                        resultContext = hit
                        continue
                    }
                    let loaded = try loadContext(url)
                    let derived = try withPath("@context <\(url)>") { () throws(JSONLDError) in
                        try processContext(parent, loaded.context, baseURL: loaded.documentURL, remoteContexts: chain,
                                           validateScoped: true)
                    }
                    let stored = cache.store(key, derived.data)
                    result = stored.data
                    resultContext = stored
                } else {
                    let loaded = try loadContext(url)
                    let derived = try withPath("@context <\(url)>") { () throws(JSONLDError) in
                        try processContext(parent, loaded.context, baseURL: loaded.documentURL, remoteContexts: chain,
                                           validateScoped: validateScoped)
                    }
                    result = derived.data
                    resultContext = derived
                }

            case .object(let definition):
                try processDefinition(definition, into: &result, baseURL: baseURL, remoteContexts: remoteContexts,
                                      overrideProtected: overrideProtected)
                resultContext = nil

            default:
                throw JSONLDError(.invalidLocalContext, "a context must be null, a string, an object or an array of those, found \(item.kindName)")
            }
        }
        return resultContext ?? ActiveContext(result, cached: false)
    }

    /// Steps 5.5–5.13: one context definition (a JSON object).
    private func processDefinition(_ context0: JSONObject, into result: inout ContextData, baseURL: String?,
                                   remoteContexts: [String], overrideProtected: Bool) throws(JSONLDError)
    {
        var context = context0
        if let version = context["@version"] {
            guard case .number(let number) = version, number.doubleValue == 1.1 else {
                throw JSONLDError(.invalidVersionValue, "@version must be the number 1.1")
            }
            if is10 { throw JSONLDError(.processingModeConflict, "@version 1.1 conflicts with processing mode json-ld-1.0") }
        }
        if let importValue = context["@import"] {
            if is10 { throw JSONLDError(.invalidContextEntry, "@import is not allowed in processing mode json-ld-1.0") }
            guard case .string(let reference) = importValue else {
                throw JSONLDError(.invalidImportValue, "@import must be a string, found \(importValue.kindName)")
            }
            let url = IRIResolution.resolve(reference, against: baseURL)
            let loaded = try loadContext(url)
            guard case .object(let imported) = loaded.context else {
                throw JSONLDError(.invalidRemoteContext, "the context imported from <\(url)> is not an object")
            }
            if imported["@import"] != nil {
                throw JSONLDError(.invalidContextEntry, "the context imported from <\(url)> itself has @import")
            }
            var merged = imported
            for member in context.members { merged[member.key] = member.value }
            context = merged
        }
        if let baseValue = context["@base"], remoteContexts.isEmpty {
            switch baseValue {
            case .null:
                result.base = nil
            case .string(let base):
                if IRIResolution.hasScheme(base) {
                    result.base = base
                } else if let current = result.base {
                    result.base = IRIResolution.resolve(base, against: current)
                } else {
                    throw JSONLDError(.invalidBaseIRI, "@base \"\(base)\" is relative and there is no base IRI to resolve it against")
                }
            default:
                throw JSONLDError(.invalidBaseIRI, "@base must be a string or null, found \(baseValue.kindName)")
            }
        }
        if let vocabValue = context["@vocab"] {
            switch vocabValue {
            case .null:
                result.vocab = nil
            case .string(let vocab):
                if is10, !IRIResolution.hasScheme(vocab), !vocab.utf8.starts(with: "_:".utf8) {
                    throw JSONLDError(.invalidVocabMapping, "@vocab \"\(vocab)\" must be an absolute IRI in processing mode json-ld-1.0")
                }
                guard let expanded = IRIExpansion.expand(vocab, in: result, documentRelative: true, vocab: true) else {
                    throw JSONLDError(.invalidVocabMapping, "@vocab \"\(vocab)\" does not expand to an IRI")
                }
                if !IRIExpansion.isAbsoluteOrBlank(expanded) {
                    try unsafe("@vocab \"\(vocab)\" expands to the relative IRI \"\(expanded)\"")
                }
                result.vocab = expanded
            default:
                throw JSONLDError(.invalidVocabMapping, "@vocab must be a string or null, found \(vocabValue.kindName)")
            }
        }
        if let languageValue = context["@language"] {
            switch languageValue {
            case .null: result.defaultLanguage = nil
            case .string(let language): result.defaultLanguage = language
            default: throw JSONLDError(.invalidDefaultLanguage, "@language must be a string or null, found \(languageValue.kindName)")
            }
        }
        if let directionValue = context["@direction"] {
            if is10 { throw JSONLDError(.invalidContextEntry, "@direction is not allowed in processing mode json-ld-1.0") }
            switch directionValue {
            case .null: result.defaultDirection = nil
            case .string(let s) where BaseDirection(s) != nil: result.defaultDirection = BaseDirection(s)
            default: throw JSONLDError(.invalidBaseDirection, "@direction must be \"ltr\", \"rtl\" or null")
            }
        }
        if let propagateValue = context["@propagate"] {
            if is10 { throw JSONLDError(.invalidContextEntry, "@propagate is not allowed in processing mode json-ld-1.0") }
            guard case .bool = propagateValue else {
                throw JSONLDError(.invalidPropagateValue, "@propagate must be true or false, found \(propagateValue.kindName)")
            }
        }
        var protectedDefault = false
        if let protectedValue = context["@protected"] {
            guard case .bool(let flag) = protectedValue else {
                throw JSONLDError(.invalidProtectedValue, "@protected must be true or false, found \(protectedValue.kindName)")
            }
            protectedDefault = flag
        }
        let scope = DefinitionScope(local: context, baseURL: baseURL, protectedDefault: protectedDefault,
                                    overrideProtected: overrideProtected, remoteContexts: remoteContexts)
        var defined: [ByteKey: Bool] = [:]
        for member in context.members {
            switch member.key {
            case "@base", "@direction", "@import", "@language", "@propagate", "@protected", "@version", "@vocab":
                // Keywords are ASCII, and `==` only differs from byte equality beyond ASCII; compare bytes anyway.
                if Keyword.named(member.key) != nil { continue }
            default:
                break
            }
            try withPath(member.key) { () throws(JSONLDError) in
                try createTermDefinition(member.key, in: &result, scope: scope, defined: &defined)
            }
        }
    }
}

/// What Create Term Definition needs from the context definition being processed.
struct DefinitionScope {
    let local: JSONObject
    let baseURL: String?
    let protectedDefault: Bool
    let overrideProtected: Bool
    let remoteContexts: [String]
}
