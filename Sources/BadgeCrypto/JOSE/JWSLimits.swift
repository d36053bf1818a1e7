/// Size limits applied before a compact JWS is decoded, so that hostile input costs bounded memory.
public struct JWSLimits: Sendable, Equatable {
    /// Largest decoded protected header, in bytes.
    public var maxHeaderBytes: Int
    /// Largest decoded payload, in bytes.
    public var maxPayloadBytes: Int

    /// 16 KiB of header (a header with an embedded RSA JWK is under 1 KiB) and 1 MiB of payload
    /// (a credential with an embedded image is the large case).
    public init(maxHeaderBytes: Int = 16 * 1024, maxPayloadBytes: Int = 1024 * 1024) {
        self.maxHeaderBytes = maxHeaderBytes
        self.maxPayloadBytes = maxPayloadBytes
    }

    public static let `default` = JWSLimits()

    /// The largest signature any accepted key produces (a 16384-bit RSA modulus).
    static let maxSignatureBytes = RSA.maximumModulusBits / 8
}
