/// Decides whether an address or host name may be fetched from.
///
/// An IPv6 address that carries an IPv4 address (IPv4-mapped `::ffff:a.b.c.d`, the NAT64 prefix
/// `64:ff9b::/96`, 6to4 `2002::/16`) reaches that IPv4 address, so it is judged by it: `::ffff:127.0.0.1`
/// is loopback.
public enum AddressClassifier {
    /// The special-purpose block `address` lies in, or nil for a public address.
    public static func specialPurpose(_ address: IPAddress) -> SpecialPurposeRange? {
        switch address {
        case .v4:
            return SpecialPurposeRange.ipv4.first { $0.contains(address) }
        case .v6(let bytes):
            if let embedded = embeddedIPv4(bytes) { return specialPurpose(.v4(embedded)) }
            if let range = SpecialPurposeRange.ipv6.first(where: { $0.contains(address) }) { return range }
            if !SpecialPurposeRange.globalUnicast.contains(address) { return SpecialPurposeRange.ipv6OutsideGlobalUnicast }
            return nil
        }
    }

    /// The IPv4 address an IPv6 address stands for, when it stands for one.
    static func embeddedIPv4(_ bytes: [UInt8]) -> UInt32? {
        guard bytes.count == 16 else { return nil }
        let address = IPAddress.v6(bytes)
        // ::ffff:0:0/96 (RFC 4291 §2.5.5.2) and the NAT64 well-known prefix 64:ff9b::/96 (RFC 6052).
        if bytes[0..<10].allSatisfy({ $0 == 0 }), bytes[10] == 0xFF, bytes[11] == 0xFF { return address.lowIPv4 }
        if bytes[0..<12] == [0x00, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0][...] { return address.lowIPv4 }
        // 6to4 (RFC 3056): 2002:AABB:CCDD::/48 carries AA.BB.CC.DD.
        if bytes[0] == 0x20, bytes[1] == 0x02 {
            return UInt32(bytes[2]) << 24 | UInt32(bytes[3]) << 16 | UInt32(bytes[4]) << 8 | UInt32(bytes[5])
        }
        return nil
    }

    /// Host names that must mean this machine whatever DNS says (RFC 6761 §6.3): `localhost` and names
    /// under `.localhost`. They are refused before any lookup.
    public static func isLocalHostName(_ host: String) -> Bool {
        var name = host.lowercased()
        if name.hasSuffix(".") { name.removeLast() }
        return name == "localhost" || name.hasSuffix(".localhost")
    }
}
