/// A block of addresses that is not the public Internet: a verifier must not send requests there on a
/// credential's say-so, because a hostile credential would use it to reach the verifier's own machine
/// or network.
///
/// The tables follow the IANA IPv4 and IPv6 Special-Purpose Address Registries (RFC 6890 and their
/// later entries), keeping every block that is not globally reachable, plus multicast and the reserved
/// space. Blocks that are globally reachable (AS112, AMT) are public and not listed.
public struct SpecialPurposeRange: Sendable, Hashable, CustomStringConvertible {
    /// The block in CIDR notation (`10.0.0.0/8`).
    public let block: String
    /// What the block is for ("private network").
    public let name: String
    /// The document that reserves it.
    public let reference: String

    let prefix: IPAddress
    let length: Int

    init(_ block: String, _ name: String, _ reference: String) {
        self.block = block
        self.name = name
        self.reference = reference
        let parts = block.split(separator: "/")
        // The tables below are literals written in this file; a malformed one would be caught by the tests
        // that walk every entry, so the fallback is never reached with real input.
        prefix = parts.first.flatMap { IPAddress(literal: String($0)) } ?? .v4(0xFFFF_FFFF)
        length = parts.count == 2 ? Int(parts[1]) ?? 0 : 0
    }

    public var description: String { "\(block) (\(name), \(reference))" }

    /// True when `address` lies in the block.
    public func contains(_ address: IPAddress) -> Bool {
        switch (prefix, address) {
        case (.v4(let base), .v4(let value)):
            guard length > 0 else { return true }
            let mask: UInt32 = length >= 32 ? .max : ~(UInt32.max >> UInt32(length))
            return base & mask == value & mask
        case (.v6(let base), .v6(let value)):
            var remaining = length
            for index in 0..<16 where remaining > 0 {
                let bits = min(8, remaining)
                let mask = UInt8(truncatingIfNeeded: 0xFF << (8 - bits))
                if base[index] & mask != value[index] & mask { return false }
                remaining -= bits
            }
            return true
        default:
            return false
        }
    }

    /// IPv4 blocks that are not globally reachable, and multicast and the reserved space.
    public static let ipv4: [SpecialPurposeRange] = [
        .init("0.0.0.0/8", "\"this network\" (0.0.0.0 reaches the local machine)", "RFC 791, RFC 6890"),
        .init("10.0.0.0/8", "private network", "RFC 1918"),
        .init("100.64.0.0/10", "shared address space (carrier-grade NAT)", "RFC 6598"),
        .init("127.0.0.0/8", "loopback", "RFC 1122"),
        .init("169.254.0.0/16", "link-local (cloud metadata services live here)", "RFC 3927"),
        .init("172.16.0.0/12", "private network", "RFC 1918"),
        .init("192.0.0.0/24", "IETF protocol assignments", "RFC 6890"),
        .init("192.0.2.0/24", "documentation (TEST-NET-1)", "RFC 5737"),
        .init("192.88.99.0/24", "deprecated 6to4 relay anycast", "RFC 7526"),
        .init("192.168.0.0/16", "private network", "RFC 1918"),
        .init("198.18.0.0/15", "benchmarking", "RFC 2544"),
        .init("198.51.100.0/24", "documentation (TEST-NET-2)", "RFC 5737"),
        .init("203.0.113.0/24", "documentation (TEST-NET-3)", "RFC 5737"),
        .init("224.0.0.0/4", "multicast", "RFC 5771"),
        .init("240.0.0.0/4", "reserved for future use and limited broadcast", "RFC 1112, RFC 919"),
    ]

    /// IPv6 blocks that are not globally reachable. Blocks that embed an IPv4 address (IPv4-mapped,
    /// NAT64, 6to4) are judged by that address instead; see `AddressClassifier`.
    public static let ipv6: [SpecialPurposeRange] = [
        .init("::1/128", "loopback", "RFC 4291"),
        .init("::/128", "unspecified address (reaches the local machine)", "RFC 4291"),
        .init("::/96", "deprecated IPv4-compatible address", "RFC 4291"),
        .init("64:ff9b:1::/48", "local-use IPv4/IPv6 translation", "RFC 8215"),
        .init("100::/64", "discard-only", "RFC 6666"),
        .init("2001::/23", "IETF protocol assignments (Teredo, benchmarking, ORCHID)", "RFC 2928, RFC 4380, RFC 5180"),
        .init("2001:db8::/32", "documentation", "RFC 3849"),
        .init("3fff::/20", "documentation", "RFC 9637"),
        .init("5f00::/16", "segment routing (SRv6) identifiers", "RFC 9602"),
        .init("fc00::/7", "unique local address (private network)", "RFC 4193"),
        .init("fe80::/10", "link-local", "RFC 4291"),
        .init("fec0::/10", "deprecated site-local", "RFC 3879"),
        .init("ff00::/8", "multicast", "RFC 4291"),
    ]

    /// Everything outside 2000::/3 that no row above names: not allocated for global unicast.
    static let ipv6OutsideGlobalUnicast = SpecialPurposeRange(
        "::/0", "outside the global unicast space 2000::/3", "RFC 4291 §2.4, IANA IPv6 address space")
    static let globalUnicast = SpecialPurposeRange("2000::/3", "global unicast", "RFC 4291")
}
