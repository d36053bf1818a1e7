/// A value of the Open Badges data model that reads itself from Laurel's `JSON` and writes itself back.
///
/// Decoding accepts the compacted JSON-LD shapes the specification allows (a single value where an array
/// is usual, and so on) and keeps every property it does not know in `extensions`. Encoding writes the
/// shapes the official OB 3.0 JSON Schemas require: arrays for multi-valued properties, then the
/// extensions, unchanged and in their original order.
public protocol OpenBadgesModel: Sendable, Equatable {
    /// Decodes the value found at `pointer` of a larger document (errors and warnings name positions from
    /// the document root), appending any lenient readings to `warnings`.
    init(json: JSON, at pointer: JSONPointer, warnings: inout [DecodingWarning]) throws(BadgeDecodingError)

    /// The JSON form, ready to serialize.
    var json: JSON { get }
}

extension OpenBadgesModel {
    /// Decodes a value that is the whole document, ignoring warnings.
    public init(json: JSON) throws(BadgeDecodingError) {
        var warnings: [DecodingWarning] = []
        try self.init(json: json, at: .root, warnings: &warnings)
    }

    /// Decodes a value that is the whole document, collecting warnings.
    public init(json: JSON, warnings: inout [DecodingWarning]) throws(BadgeDecodingError) {
        try self.init(json: json, at: .root, warnings: &warnings)
    }
}
