extension OB2 {
    /// A link from a badge class to an objective or standard of an external framework (schema.org
    /// `AlignmentObject`).
    public struct AlignmentObject: OpenBadgesModel {
        public var targetName: String
        public var targetUrl: String
        public var targetDescription: String?
        public var targetFramework: String?
        public var targetCode: String?
        /// Properties this type does not define, kept in their original order.
        public var extensions: JSONObject

        public init(targetName: String, targetUrl: String, targetDescription: String? = nil, targetFramework: String? = nil,
                    targetCode: String? = nil, extensions: JSONObject = JSONObject()) {
            self.targetName = targetName
            self.targetUrl = targetUrl
            self.targetDescription = targetDescription
            self.targetFramework = targetFramework
            self.targetCode = targetCode
            self.extensions = extensions
        }

        public init(json: JSON, at pointer: JSONPointer, warnings: inout [DecodingWarning]) throws(BadgeDecodingError) {
            var reader = try NodeReader(json, at: pointer, what: "an AlignmentObject object")
            targetName = try reader.requiredString("targetName")
            targetUrl = try reader.requiredString("targetUrl")
            targetDescription = try reader.string("targetDescription")
            targetFramework = try reader.string("targetFramework")
            targetCode = try reader.string("targetCode")
            extensions = reader.unconsumed
        }

        public var json: JSON {
            var writer = ObjectWriter()
            writer.set("targetName", targetName)
            writer.set("targetUrl", targetUrl)
            writer.set("targetDescription", targetDescription)
            writer.set("targetFramework", targetFramework)
            writer.set("targetCode", targetCode)
            writer.append(extensions: extensions)
            return writer.json
        }
    }
}
