/// The multicodec key codes Laurel reads and writes in Multikey values and did:key identifiers.
public enum Multicodec: UInt64, Sendable, CaseIterable {
    case ed25519Public = 0xED
    case p256Public = 0x1200
    case p384Public = 0x1201
    case ed25519Private = 0x1300
    case p256Private = 0x1306
    case p384Private = 0x1307

    /// The multicodec table's name.
    public var name: String {
        switch self {
        case .ed25519Public: "ed25519-pub"
        case .p256Public: "p256-pub"
        case .p384Public: "p384-pub"
        case .ed25519Private: "ed25519-priv"
        case .p256Private: "p256-priv"
        case .p384Private: "p384-priv"
        }
    }

    /// The varint-encoded code that prefixes the key bytes.
    public var prefix: [UInt8] { UnsignedVarint.encode(rawValue) }

    public var keyType: KeyType {
        switch self {
        case .ed25519Public, .ed25519Private: .ed25519
        case .p256Public, .p256Private: .p256
        case .p384Public, .p384Private: .p384
        }
    }

    public var isPrivate: Bool { rawValue >= 0x1300 }

    /// The length of the key bytes after the prefix: raw Ed25519 keys, compressed points, scalars.
    public var keyLength: Int {
        switch self {
        case .ed25519Public, .ed25519Private: 32
        case .p256Public: 33
        case .p384Public: 49
        case .p256Private: 32
        case .p384Private: 48
        }
    }

    static func publicCodec(for type: KeyType) -> Multicodec? {
        switch type {
        case .ed25519: .ed25519Public
        case .p256: .p256Public
        case .p384: .p384Public
        case .rsa: nil
        }
    }

    static func privateCodec(for type: KeyType) -> Multicodec? {
        switch type {
        case .ed25519: .ed25519Private
        case .p256: .p256Private
        case .p384: .p384Private
        case .rsa: nil
        }
    }
}
