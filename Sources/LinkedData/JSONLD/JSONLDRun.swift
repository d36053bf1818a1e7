/// The state of one `expand` or `toRDF` call: options, loader, the processor's cache, and the work
/// counters that bound what hostile input can make it do.
final class JSONLDRun {
    let options: JSONLDOptions
    let loader: any DocumentLoader
    let cache: ContextCache
    private var contextWork = 0
    private var expansionWork = 0
    /// The `@id` of every node object expansion created, and whether any node has `@reverse` or a null
    /// `@id`: what decides whether toRdf may skip the node map (see `DirectRDFEmission.swift`).
    var nodeIDs: [String] = []
    var needsNodeMap = false

    init(options: JSONLDOptions, loader: any DocumentLoader, cache: ContextCache) {
        self.options = options
        self.loader = loader
        self.cache = cache
    }

    var mode: JSONLDProcessingMode { options.processingMode }
    var is10: Bool { options.processingMode == .jsonLD10 }
    var safeMode: Bool { options.safeMode }

    @inline(__always)
    func countContextWork() throws(JSONLDError) {
        contextWork &+= 1
        if contextWork > options.limits.maxContextWork {
            throw JSONLDError(.limitExceeded, "context processing exceeded \(options.limits.maxContextWork) steps")
        }
    }

    @inline(__always)
    func countExpansionWork() throws(JSONLDError) {
        expansionWork &+= 1
        if expansionWork > options.limits.maxExpansionWork {
            throw JSONLDError(.limitExceeded, "expansion exceeded \(options.limits.maxExpansionWork) values")
        }
    }

    /// A safe-mode violation; `what` says what would have been dropped or lost.
    @inline(__always)
    func unsafe(_ what: @autoclosure () -> String) throws(JSONLDError) {
        if options.safeMode { throw JSONLDError(.safeModeViolation, what()) }
    }

    /// Loads the remote context at `url` (once per processor) and returns its `@context` value.
    func loadContext(_ url: String) throws(JSONLDError) -> ContextCache.LoadedContext {
        if let hit = cache.document(url) { return hit }
        let remote: RemoteDocument
        do {
            remote = try loader.load(url)
        } catch {
            switch error.code {
            case .loadingDocumentFailed, .loadingRemoteContextFailed:
                throw JSONLDError(.loadingRemoteContextFailed, "could not load the context <\(url)>: \(error.message)")
            default:
                throw error
            }
        }
        guard case .object(let object) = remote.document, let context = object["@context"] else {
            throw JSONLDError(.invalidRemoteContext, "the document at <\(url)> has no top-level @context member")
        }
        let loaded = ContextCache.LoadedContext(context: context, documentURL: remote.documentURL)
        cache.storeDocument(url, loaded)
        return loaded
    }
}

/// Adds a path component to an error unwinding out of `body`, so the final error says where it happened.
@inline(__always)
func withPath<T>(_ component: @autoclosure () -> String, _ body: () throws(JSONLDError) -> T) throws(JSONLDError) -> T {
    do {
        return try body()
    } catch {
        var error = error
        error.reversedPath.append(component())
        throw error
    }
}
