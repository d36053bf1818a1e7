/// A CASE association Laurel's framework model has no field for (`exactMatchOf`, `precedes`,
/// `isPeerOf`...), kept so that a CASE package read and written again still says it.
public struct FrameworkAssociation: Sendable, Equatable {
    /// The CASE `associationType`.
    public var type: String
    /// The origin node's identifier (an item of this framework, or of another).
    public var origin: String
    /// The destination node's identifier.
    public var destination: String
    /// The destination node's URI, when it lies outside the framework.
    public var destinationURI: String?

    public init(type: String, origin: String, destination: String, destinationURI: String? = nil) {
        self.type = type
        self.origin = origin
        self.destination = destination
        self.destinationURI = destinationURI
    }
}
