extension OB2 {
    /// How to verify assertions. In an assertion: `HostedBadge` (fetch the assertion from its `id`) or
    /// `SignedBadge` (check a JWS, optionally naming the key as `creator`). In an issuer profile: the
    /// scope hosted assertions must lie in (`allowedOrigins`, `startsWith`).
    public struct VerificationObject: OpenBadgesModel {
        /// Class names (`HostedBadge` also for `hosted`, `SignedBadge` for `signed`); may be empty in a
        /// profile, where the type defaults to `VerificationObject`.
        public var type: [String]
        /// The property whose value must lie in scope; OB 2.0 supports only `id`, the default.
        public var verificationProperty: String?
        /// Prefixes an assertion `id` may start with.
        public var startsWith: [String]
        /// Host names (RFC 3986 reg-name) an assertion `id` may be hosted on.
        public var allowedOrigins: [String]
        /// The IRI of the signing key, for signed assertions.
        public var creator: String?
        /// Properties this type does not define, kept in their original order.
        public var extensions: JSONObject

        public init(type: [String], verificationProperty: String? = nil, startsWith: [String] = [], allowedOrigins: [String] = [],
                    creator: String? = nil, extensions: JSONObject = JSONObject()) {
            self.type = type
            self.verificationProperty = verificationProperty
            self.startsWith = startsWith
            self.allowedOrigins = allowedOrigins
            self.creator = creator
            self.extensions = extensions
        }

        public init(json: JSON, at pointer: JSONPointer, warnings: inout [DecodingWarning]) throws(BadgeDecodingError) {
            var reader = try NodeReader(json, at: pointer, what: "a VerificationObject object")
            type = try reader.types()
            verificationProperty = try reader.string("verificationProperty")
            startsWith = try reader.strings("startsWith")
            allowedOrigins = try reader.strings("allowedOrigins")
            creator = try reader.string("creator")
            extensions = reader.unconsumed
        }

        /// How an assertion declares it is verified.
        public enum Method: String, Sendable {
            case hosted = "HostedBadge"
            case signed = "SignedBadge"
        }

        /// The assertion verification method the type names, nil when it names neither or both.
        public var method: Method? {
            let hosted = type.contains("HostedBadge"), signed = type.contains("SignedBadge")
            if hosted == signed { return nil }
            return hosted ? .hosted : .signed
        }

        /// Whether `verificationProperty` is absent or `id` (in any spelling), the only one OB 2.0 supports.
        public var usesIDProperty: Bool {
            guard let property = verificationProperty else { return true }
            return property == "id" || property == "@id"
        }

        public var json: JSON {
            var writer = ObjectWriter()
            writer.set("type", oneOrMany: type.map(JSON.string))
            writer.set("verificationProperty", verificationProperty)
            writer.set("startsWith", oneOrMany: startsWith.map(JSON.string))
            writer.set("allowedOrigins", oneOrMany: allowedOrigins.map(JSON.string))
            writer.set("creator", creator)
            writer.append(extensions: extensions)
            return writer.json
        }
    }
}
