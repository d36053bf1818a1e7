import Synchronization

/// The processed contexts and loaded context documents one processor keeps.
///
/// Active contexts are immutable, so a context derived from a cached one by a remote context or a
/// scoped context is the same every time: it is stored under the parent's serial and the term
/// definition's serial (or the URL), and a document whose `@context` is a list of known URLs does no
/// context work once warm. Only contexts that are themselves cached can be parents here, so an entry's
/// key always names a live context. The cache is bounded by entries and by the term definitions its
/// contexts hold in total (each derived context has its own term table), and when full it stops adding
/// entries: hostile documents cannot grow it without limit by combining known contexts.
final class ContextCache: Sendable {
    struct DerivationKey: Hashable, Sendable {
        enum Kind: UInt8, Sendable { case remote, propertyScoped, typeScoped, typeMapScoped, expandContext, local }
        let parent: UInt64
        let kind: Kind
        let term: UInt64
        let url: ByteKey?
    }

    struct RootKey: Hashable, Sendable {
        let base: ByteKey?
        let originalBase: ByteKey?
    }

    /// A loaded remote context: the value of its `@context` and the URL to resolve references in it.
    struct LoadedContext: Sendable {
        let context: JSON
        let documentURL: String
    }

    private struct State {
        var roots: [RootKey: ActiveContext] = [:]
        var derived: [DerivationKey: ActiveContext] = [:]
        var documents: [ByteKey: LoadedContext] = [:]
        var termsHeld = 0
    }

    private let state = Mutex(State())
    let maxEntries: Int
    let maxTermsHeld: Int

    init(maxEntries: Int = 2048, maxTermsHeld: Int = 250_000) {
        self.maxEntries = maxEntries
        self.maxTermsHeld = maxTermsHeld
    }

    /// The empty active context for a base IRI and original base URL.
    func root(base: String?, originalBase: String?) -> ActiveContext {
        let key = RootKey(base: base.map(ByteKey.init), originalBase: originalBase.map(ByteKey.init))
        return state.withLock { state in
            if let hit = state.roots[key] { return hit }
            let cacheable = state.roots.count < 256
            let root = ActiveContext(ContextData(base: base, originalBase: originalBase), cached: cacheable)
            if cacheable { state.roots[key] = root }
            return root
        }
    }

    func derived(_ key: DerivationKey) -> ActiveContext? {
        state.withLock { $0.derived[key] }
    }

    /// Stores `data` as the context derived by `key` and returns it as a cached context (or an uncached
    /// one when the cache is full); when another thread stored it first, returns that one.
    func store(_ key: DerivationKey, _ data: ContextData) -> ActiveContext {
        state.withLock { state in
            if let hit = state.derived[key] { return hit }
            guard state.derived.count < maxEntries, state.termsHeld + data.terms.count <= maxTermsHeld else {
                return ActiveContext(data, cached: false)
            }
            let context = ActiveContext(data, cached: true)
            state.derived[key] = context
            state.termsHeld += data.terms.count
            return context
        }
    }

    func document(_ url: String) -> LoadedContext? {
        state.withLock { $0.documents[ByteKey(url)] }
    }

    func storeDocument(_ url: String, _ loaded: LoadedContext) {
        state.withLock { state in
            if state.documents.count < maxEntries { state.documents[ByteKey(url)] = loaded }
        }
    }
}
