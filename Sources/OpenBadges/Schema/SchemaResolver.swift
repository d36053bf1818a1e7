/// Supplies schema documents that a registry does not hold, by absolute URI (without fragment).
///
/// The validator never fetches anything itself. The default resolver refuses every URI with an error
/// that names it, so a schema that references an unknown document fails to compile instead of
/// reaching for the network. A caller that wants documents from disk, a cache or a pinned bundle
/// passes a closure; returning `nil` means "not found".
public struct SchemaResolver: Sendable {
    let resolve: @Sendable (String) throws -> JSON?

    public init(_ resolve: @escaping @Sendable (_ uri: String) throws -> JSON?) {
        self.resolve = resolve
    }

    /// Refuses every URI: the validator is offline unless told otherwise.
    public static let refusing = SchemaResolver { uri in
        throw ResolverRefusal(uri: uri)
    }

    /// The error the refusing resolver throws.
    public struct ResolverRefusal: Error, Sendable, CustomStringConvertible {
        public let uri: String
        public init(uri: String) { self.uri = uri }
        public var description: String {
            "no document is registered for \(uri), and schemas are never fetched; register it in the SchemaRegistry"
        }
    }
}
