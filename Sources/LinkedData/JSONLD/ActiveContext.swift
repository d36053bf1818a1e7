import Synchronization

/// The JSON-LD processing mode.
public enum JSONLDProcessingMode: String, Sendable {
    case jsonLD10 = "json-ld-1.0"
    case jsonLD11 = "json-ld-1.1"
}

/// A base direction of a string (`@direction`).
enum BaseDirection: UInt8, Sendable {
    case ltr, rtl

    init?(_ string: String) {
        if string.bytesEqual("ltr") { self = .ltr } else if string.bytesEqual("rtl") { self = .rtl } else { return nil }
    }

    var spelling: String { self == .ltr ? "ltr" : "rtl" }
}

/// The container mapping of a term, as a set.
struct ContainerSet: OptionSet, Hashable, Sendable {
    let rawValue: UInt8
    static let list = ContainerSet(rawValue: 1 << 0)
    static let set = ContainerSet(rawValue: 1 << 1)
    static let graph = ContainerSet(rawValue: 1 << 2)
    static let id = ContainerSet(rawValue: 1 << 3)
    static let index = ContainerSet(rawValue: 1 << 4)
    static let language = ContainerSet(rawValue: 1 << 5)
    static let type = ContainerSet(rawValue: 1 << 6)
}

/// A unique, never reused number for contexts and term definitions, so caches can key on identity
/// without holding the object or trusting an address.
enum Serial {
    private static let counter = Atomic<UInt64>(1)
    static func next() -> UInt64 { counter.add(1, ordering: .relaxed).newValue }
}

/// A term definition (JSON-LD 1.1 API §4.1). Immutable once created.
final class TermDefinition: Sendable {
    /// The IRI mapping; nil for a term explicitly mapped to null (kept so it can be detected and protected).
    let iri: String?
    /// The keyword the term is an alias of, when its IRI mapping is one.
    let keyword: Keyword?
    /// The IRI mapping is a well-formed absolute IRI: checked once here, not for every triple using it.
    let hasWellFormedIRI: Bool
    let isPrefix: Bool
    let isProtected: Bool
    let isReverse: Bool
    /// `@id`, `@vocab`, `@json`, `@none`, or an IRI.
    let typeMapping: String?
    /// The keyword the type mapping is, if it is one.
    let typeKeyword: Keyword?
    let container: ContainerSet
    /// nil: no language mapping; .some(nil): mapped to null (no language).
    let language: String??
    let direction: BaseDirection??
    let index: String?
    let nest: String?
    /// A scoped context and the URL to resolve its relative references against.
    let context: JSON?
    let contextBaseURL: String?
    let serial: UInt64

    init(iri: String?, isPrefix: Bool, isProtected: Bool, isReverse: Bool, typeMapping: String?, container: ContainerSet,
         language: String??, direction: BaseDirection??, index: String?, nest: String?, context: JSON?, contextBaseURL: String?)
    {
        self.iri = iri
        self.keyword = iri.flatMap(Keyword.named)
        self.hasWellFormedIRI = iri.map { Keyword.named($0) == nil && WellFormedness.isIRI($0) } ?? false
        self.isPrefix = isPrefix
        self.isProtected = isProtected
        self.isReverse = isReverse
        self.typeMapping = typeMapping
        self.typeKeyword = typeMapping.flatMap(Keyword.named)
        self.container = container
        self.language = language
        self.direction = direction
        self.index = index
        self.nest = nest
        self.context = context
        self.contextBaseURL = contextBaseURL
        self.serial = Serial.next()
    }

    /// A copy with another protected flag.
    func with(protected: Bool) -> TermDefinition {
        TermDefinition(iri: iri, isPrefix: isPrefix, isProtected: protected, isReverse: isReverse, typeMapping: typeMapping,
                       container: container, language: language, direction: direction, index: index, nest: nest,
                       context: context, contextBaseURL: contextBaseURL)
    }

    /// Equality of everything but the protected flag, as protected-term redefinition compares.
    func sameDefinition(as other: TermDefinition) -> Bool {
        func same(_ a: String?, _ b: String?) -> Bool {
            switch (a, b) {
            case (nil, nil): true
            case (let x?, let y?): x.bytesEqual(y)
            default: false
            }
        }
        func sameLanguage(_ a: String??, _ b: String??) -> Bool {
            switch (a, b) {
            case (nil, nil): true
            case (.some(let x), .some(let y)): same(x, y)
            default: false
            }
        }
        guard same(iri, other.iri), isPrefix == other.isPrefix, isReverse == other.isReverse,
              same(typeMapping, other.typeMapping), container == other.container,
              sameLanguage(language, other.language), direction == other.direction,
              same(index, other.index), same(nest, other.nest)
        else { return false }
        switch (context, other.context) {
        case (nil, nil): return true
        case (let a?, let b?): return JSONEquivalence.equal(a, b)
        default: return false
        }
    }
}

/// The mutable state of an active context while a local context is being processed.
struct ContextData: Sendable {
    var terms: [ByteKey: TermDefinition] = [:]
    var base: String?
    var originalBase: String?
    var vocab: String?
    var defaultLanguage: String?
    var defaultDirection: BaseDirection?
    var previous: ActiveContext?

    @inline(__always)
    func term(_ name: String) -> TermDefinition? { terms[ByteKey(name)] }

    var hasProtectedTerms: Bool { terms.values.contains { $0.isProtected } }
}

/// An active context (JSON-LD 1.1 API §4.1): immutable, shared between threads and cached.
final class ActiveContext: Sendable {
    let data: ContextData
    /// Terms that are aliases of keywords (`id`, `type`, …), to find keyword entries without hashing.
    let keywordAliases: [(term: String, keyword: Keyword)]
    let serial: UInt64
    /// True when this context is held by the processor's context cache, so contexts derived from it may
    /// be cached under its serial.
    let isCached: Bool

    init(_ data: ContextData, cached: Bool) {
        self.data = data
        var aliases: [(term: String, keyword: Keyword)] = []
        for (key, definition) in data.terms {
            if let keyword = definition.keyword { aliases.append((key.string, keyword)) }
        }
        self.keywordAliases = aliases
        self.serial = Serial.next()
        self.isCached = cached
    }

    @inline(__always)
    func term(_ name: String) -> TermDefinition? { data.terms[ByteKey(name)] }

    var previous: ActiveContext? { data.previous }

    /// The keyword `key` expands to, if any.
    @inline(__always)
    func keyword(for key: String) -> Keyword? {
        if key.utf8.first == UInt8(ascii: "@") { return Keyword.named(key) }
        for alias in keywordAliases where alias.term.bytesEqual(key) { return alias.keyword }
        return nil
    }
}

/// Byte-exact structural equality of JSON values (object members in any order; strings and keys by bytes;
/// numbers by value), for comparing scoped contexts and de-duplicating values.
enum JSONEquivalence {
    static func equal(_ a: JSON, _ b: JSON) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.number(let x), .number(let y)): return x.doubleValue == y.doubleValue
        case (.string(let x), .string(let y)): return x.bytesEqual(y)
        case (.array(let x), .array(let y)):
            guard x.count == y.count else { return false }
            for i in x.indices where !equal(x[i], y[i]) { return false }
            return true
        case (.object(let x), .object(let y)):
            guard x.count == y.count else { return false }
            for member in x.members {
                guard let other = y[member.key], equal(member.value, other) else { return false }
            }
            return true
        default: return false
        }
    }
}
