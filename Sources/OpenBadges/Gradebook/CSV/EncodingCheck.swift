/// Recognizes, from the first bytes, files that are not UTF-8 text at all: UTF-16 and UTF-32 (what
/// "Unicode text" saves from spreadsheets produce), and spreadsheet workbooks uploaded instead of their CSV
/// export. Saying so beats reporting an invalid byte on row 1.
enum EncodingCheck {
    /// The reason the leading bytes rule the file out, or `nil` when they could start UTF-8 text.
    static func sniff(_ bytes: UnsafeBufferPointer<UInt8>) -> CSVError.Reason? {
        func starts(with prefix: [UInt8]) -> Bool {
            bytes.count >= prefix.count && prefix.indices.allSatisfy { bytes[$0] == prefix[$0] }
        }
        // UTF-32 LE's mark begins with UTF-16 LE's, so it is tested first.
        if starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return .utf32(bigEndian: false) }
        if starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return .utf32(bigEndian: true) }
        if starts(with: [0xFF, 0xFE]) { return .utf16(bigEndian: false, byteOrderMark: true) }
        if starts(with: [0xFE, 0xFF]) { return .utf16(bigEndian: true, byteOrderMark: true) }
        if starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .workbook(kind: "a ZIP container such as .xlsx or .ods") }
        if starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .workbook(kind: ".xls") }
        // Without a mark, ASCII text in UTF-16 has a zero byte in every other position.
        if bytes.count >= 4 {
            if bytes[0] != 0, bytes[1] == 0, bytes[2] != 0, bytes[3] == 0 { return .utf16(bigEndian: false, byteOrderMark: false) }
            if bytes[0] == 0, bytes[1] != 0, bytes[2] == 0, bytes[3] != 0 { return .utf16(bigEndian: true, byteOrderMark: false) }
        }
        return nil
    }

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    static func hasByteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }
}

/// A strict UTF-8 check (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF) that also
/// refuses NUL, which no text gradebook contains.
enum UTF8Check {
    enum Failure: Equatable {
        case nul(offset: Int)
        case invalid(offset: Int, byte: UInt8)

        var offset: Int {
            switch self {
            case .nul(let offset), .invalid(let offset, _): offset
            }
        }
    }

    /// The first failure at or after `start`, or `nil` when the rest of the buffer is valid. A broken
    /// sequence is reported at its first byte, which is the byte a person can look up.
    static func firstFailure(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Failure? {
        var i = start
        let end = bytes.count
        guard let base = bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        while i < end {
            // Eight ASCII bytes at a time: most of a gradebook is ASCII. A zero byte is ASCII too, so a
            // word is only skipped when none of its bytes is zero or has the high bit set.
            if i + 8 <= end {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let hasHigh = word & 0x8080_8080_8080_8080 != 0
                let hasZero = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0
                if !hasHigh && !hasZero {
                    i += 8
                    continue
                }
            }
            let lead = bytes[i]
            if lead == 0 { return .nul(offset: i) }
            if lead < 0x80 {
                i += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return .invalid(offset: i, byte: lead)
            }
            guard i + length <= end else { return .invalid(offset: i, byte: lead) }
            let second = bytes[i + 1]
            guard second >= low, second <= high else { return .invalid(offset: i, byte: lead) }
            var k = 2
            while k < length {
                let next = bytes[i + k]
                guard next & 0xC0 == 0x80 else { return .invalid(offset: i, byte: lead) }
                k += 1
            }
            i += length
        }
        return nil
    }

    /// True when the bytes around an invalid one look like a single-byte legacy encoding: a byte in
    /// 0x80...0xFF standing alone between ASCII bytes, as "é" does in Windows-1252.
    static func looksLegacy(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard bytes[offset] >= 0x80 else { return false }
        let next = offset + 1 < bytes.count ? bytes[offset + 1] : 0x20
        return next < 0x80 || next >= 0xC0
    }
}
