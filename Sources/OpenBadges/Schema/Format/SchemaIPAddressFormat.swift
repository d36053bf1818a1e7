/// RFC 2673 dotted-quad IPv4 and RFC 4291 §2.2 IPv6 text forms, ASCII only, no zone or prefix.
enum SchemaIPAddressFormat {
    /// Four decimal octets 0–255 without leading zeros.
    static func isIPv4(_ bytes: ArraySlice<UInt8>) -> Bool {
        let parts = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard parts.count == 4 else { return false }
        for part in parts {
            guard (1...3).contains(part.count), part.allSatisfy(SchemaDateTimeFormat.isDigit) else { return false }
            if part.count > 1 && part.first == UInt8(ascii: "0") { return false }
            guard let value = SchemaDateTimeFormat.digits(part), value <= 255 else { return false }
        }
        return true
    }

    /// Up to eight groups of one to four hex digits, at most one `::`, optionally ending in IPv4.
    static func isIPv6(_ bytes: ArraySlice<UInt8>) -> Bool {
        let text = Array(bytes)
        guard !text.isEmpty else { return false }
        var groups = 0
        var sawDoubleColon = false
        var index = 0
        if text.starts(with: [0x3A, 0x3A]) {
            sawDoubleColon = true
            index = 2
            if index == text.count { return true }
        } else if text.first == 0x3A {
            return false
        }
        while index < text.count {
            // One group, or the IPv4 tail.
            var end = index
            while end < text.count, text[end] != 0x3A { end += 1 }
            let group = text[index..<end]
            if group.contains(UInt8(ascii: ".")) {
                guard end == text.count, isIPv4(group) else { return false }
                groups += 2
                index = end
                break
            }
            guard (1...4).contains(group.count), group.allSatisfy({ SchemaPercentDecoding.hexValue($0) != nil }) else {
                return false
            }
            groups += 1
            index = end
            if index == text.count { break }
            // A colon follows; a second one makes `::`.
            index += 1
            if index < text.count, text[index] == 0x3A {
                guard !sawDoubleColon else { return false }
                sawDoubleColon = true
                index += 1
                if index == text.count { break }
            } else if index == text.count {
                return false
            }
        }
        return sawDoubleColon ? groups <= 7 : groups == 8
    }
}
