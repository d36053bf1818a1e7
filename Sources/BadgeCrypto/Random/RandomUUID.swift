extension SecureRandom {
    /// A random (version 4) UUID in lower-case 8-4-4-4-12 form, e.g. for `urn:uuid:` credential ids.
    public static func uuid() throws(KeyError) -> String {
        var bytes = try SecureRandom.bytes(count: 16)
        bytes[6] = (bytes[6] & 0x0F) | 0x40  // version 4
        bytes[8] = (bytes[8] & 0x3F) | 0x80  // RFC 4122 variant
        let hex = bytes.hexString
        let cuts = [8, 12, 16, 20]
        var out = ""
        out.reserveCapacity(36)
        for (offset, character) in hex.enumerated() {
            if cuts.contains(offset) { out.append("-") }
            out.append(character)
        }
        return out
    }
}
