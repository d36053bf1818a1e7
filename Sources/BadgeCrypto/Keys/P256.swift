/// ECDSA on NIST P-256 with SHA-256: JOSE `ES256`, Data Integrity ecdsa-rdfc-2019 / ecdsa-jcs-2019 (P-256).
///
/// Signatures are r‖s (64 bytes), the form JOSE and Data Integrity use; the DER form OpenSSL works
/// with never appears in this API.
public enum P256 {
    /// Bytes in one coordinate, in the private scalar, and in each of r and s.
    public static let coordinateByteCount = 32
    /// Bytes in an r‖s signature.
    public static let signatureByteCount = 64

    /// A P-256 private key.
    public struct PrivateKey: Sendable {
        let key: EVPKey

        init(key: EVPKey) { self.key = key }

        /// A new random key.
        public init() throws(KeyError) {
            key = try KeyGeneration.ec(.p256)
        }

        /// The key with this big-endian private scalar (exactly 32 bytes, in 1 ..< n).
        public init(rawRepresentation scalar: [UInt8]) throws(KeyError) {
            key = try ECKeyOperations.privateKey(curve: .p256, scalar: scalar)
        }

        /// The private scalar, 32 bytes big-endian. Treat it as a secret.
        public var rawRepresentation: [UInt8] { ECKeyOperations.scalar(of: key, curve: .p256) }

        public var publicKey: PublicKey { PublicKey(key: key) }

        /// A randomized ECDSA signature of SHA-256(`message`), as r‖s (64 bytes).
        public func signature<Message: Sequence>(for message: Message) throws(KeyError) -> [UInt8]
        where Message.Element == UInt8 {
            try withMessageBytes(message) { bytes in
                Result { () throws(KeyError) -> [UInt8] in try signature(forBytes: bytes) }
            }.get()
        }

        func signature(forBytes message: UnsafeRawBufferPointer) throws(KeyError) -> [UInt8] {
            try ECKeyOperations.sign(key: key, curve: .p256, message: message)
        }
    }

    /// A P-256 public key.
    public struct PublicKey: Sendable, Equatable {
        let key: EVPKey

        init(key: EVPKey) { self.key = key }

        /// The key at the uncompressed point 0x04‖x‖y (SEC 1 / X9.63, 65 bytes).
        public init(x963Representation point: [UInt8]) throws(KeyError) {
            guard point.first == 0x04 else {
                throw .invalidPoint(curve: "P-256", reason: "an uncompressed point starts with 0x04")
            }
            key = try ECKeyOperations.publicKey(curve: .p256, point: point)
        }

        /// The key at the compressed point 0x02/0x03‖x (33 bytes), the form Multikey uses.
        public init(compressedRepresentation point: [UInt8]) throws(KeyError) {
            guard point.first == 0x02 || point.first == 0x03 else {
                throw .invalidPoint(curve: "P-256", reason: "a compressed point starts with 0x02 or 0x03")
            }
            key = try ECKeyOperations.publicKey(curve: .p256, point: point)
        }

        /// The key with these affine coordinates (32 bytes each, big-endian).
        public init(x: [UInt8], y: [UInt8]) throws(KeyError) {
            guard x.count == 32 else { throw .invalidLength(what: "P-256 x coordinate", expected: "32", actual: x.count) }
            guard y.count == 32 else { throw .invalidLength(what: "P-256 y coordinate", expected: "32", actual: y.count) }
            key = try ECKeyOperations.publicKey(curve: .p256, x: x, y: y)
        }

        /// 0x04‖x‖y, 65 bytes.
        public var x963Representation: [UInt8] { ECKeyOperations.uncompressedPoint(of: key, curve: .p256) }

        /// 0x02/0x03‖x, 33 bytes.
        public var compressedRepresentation: [UInt8] { ECKeyOperations.compressedPoint(of: key, curve: .p256) }

        /// The affine coordinates, 32 bytes each.
        public var coordinates: (x: [UInt8], y: [UInt8]) { ECKeyOperations.coordinates(of: key, curve: .p256) }

        /// True when the r‖s `signature` (exactly 64 bytes) is a valid ECDSA signature of
        /// SHA-256(`message`). DER-encoded signatures, other lengths, and r or s equal to zero or not
        /// below the group order are refused.
        public func isValidSignature<Message: Sequence>(_ signature: [UInt8], for message: Message) -> Bool
        where Message.Element == UInt8 {
            signature.withUnsafeBytes { sig in
                withMessageBytes(message) { isValidSignature(sig, forBytes: $0) }
            }
        }

        func isValidSignature(_ signature: UnsafeRawBufferPointer, forBytes message: UnsafeRawBufferPointer) -> Bool {
            ECKeyOperations.verify(key: key, curve: .p256, signature: signature, message: message)
        }

        public static func == (lhs: PublicKey, rhs: PublicKey) -> Bool { lhs.key.hasSamePublicKey(as: rhs.key) }
    }
}
