/// Why a quad cannot be written as N-Quads.
///
/// The serializer refuses anything the strict parser would not read back as the same quad: a relative IRI,
/// an IRI with a character IRIREF forbids (a space, `<`, `>`, `"`, `{`, `}`, `|`, `^`, `` ` ``, `\` or a
/// control character), an invalid blank node label or language tag, a literal or blank node where RDF
/// does not allow one. Writing such a term verbatim could let one dataset masquerade as another.
public struct NQuadsSerializationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The place of a term in a quad.
    public enum Component: String, Sendable, Equatable {
        case subject, predicate, object, graph
    }

    /// The index of the offending quad in the input.
    public let quadIndex: Int
    public let component: Component
    /// What was wrong, for a person.
    public let message: String

    public init(quadIndex: Int, component: Component, _ message: String) {
        self.quadIndex = quadIndex
        self.component = component
        self.message = message
    }

    public var description: String { "cannot write quad \(quadIndex) as N-Quads: the \(component.rawValue) \(message)" }
}
