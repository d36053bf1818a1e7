/// An embedded proof (a Data Integrity proof such as `eddsa-rdfc-2022`, or a legacy
/// `Ed25519Signature2020`), kept exactly as it was read.
///
/// The model does not interpret proofs: verifying one needs its members byte for byte (the proof options
/// are canonicalized and hashed), so they are stored verbatim and exposed through read-only accessors.
public struct Proof: OpenBadgesModel {
    /// The proof object as read or built, members in order.
    public var object: JSONObject

    /// A proof from its members; `type` must be a string.
    public init(_ object: JSONObject) {
        self.object = object
    }

    public var type: String? { object["type"]?.stringValue }
    public var cryptosuite: String? { object["cryptosuite"]?.stringValue }
    /// The creation time as written; parse it with `DateTime` when needed.
    public var created: String? { object["created"]?.stringValue }
    public var verificationMethod: String? { object["verificationMethod"]?.stringValue }
    public var proofPurpose: String? { object["proofPurpose"]?.stringValue }
    public var proofValue: String? { object["proofValue"]?.stringValue }

    public init(json: JSON, at pointer: JSONPointer, warnings: inout [DecodingWarning]) throws(BadgeDecodingError) {
        var reader = try ObjectReader(json, at: pointer, what: "a proof object")
        _ = try reader.requiredString("type")
        object = reader.object
    }

    public var json: JSON { .object(object) }
}
