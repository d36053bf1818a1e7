extension OB2 {
    /// The parts of a `data:` URI (RFC 2397) that a verifier looks at: the media type and the encoding.
    /// The data itself is not decoded.
    public struct DataURI: Sendable, Equatable {
        /// Lower-cased, without parameters; `text/plain` when the URI names none (RFC 2397 §2).
        public let mediaType: String
        public let isBase64: Bool

        /// Nil when `uri` is not a `data:` URI with the `,` that separates header and data.
        public init?(_ uri: String) {
            let bytes = Array(uri.utf8)
            guard bytes.count >= 6, String(decoding: bytes[..<5], as: UTF8.self).lowercased() == "data:",
                  let comma = bytes.firstIndex(of: UInt8(ascii: ",")) else { return nil }
            let header = String(decoding: bytes[5..<comma], as: UTF8.self)
            let parameters = header.split(separator: ";", omittingEmptySubsequences: false).map { $0.lowercased() }
            let type = parameters.first ?? ""
            mediaType = type.isEmpty ? "text/plain" : type
            isBase64 = parameters.dropFirst().contains("base64")
        }

        /// PNG or SVG, the only image formats OB 2.0 allows (2020 errata).
        public var isBadgeImageType: Bool { mediaType == "image/png" || mediaType == "image/svg+xml" }
    }
}
