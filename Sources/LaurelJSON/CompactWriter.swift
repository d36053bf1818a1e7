/// Compact serialization in two passes: the exact output length first, then the bytes written through a
/// pointer into one allocation. It is the form signed by JWS and hashed by proofs, so its speed sets the
/// signing rate; the output is byte-identical to `JSONSerializer` without options.
enum CompactWriter {
    static func serialize(_ value: JSON) -> [UInt8] {
        let count = length(of: value)
        return [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            guard let base = buffer.baseAddress else { initialized = 0; return }
            var cursor = base
            write(value, to: &cursor)
            initialized = cursor - base
        }
    }

    // MARK: Length

    static func length(of value: JSON) -> Int {
        switch value {
        case .null: return 4
        case .bool(let flag): return flag ? 4 : 5
        case .number(let number): return number.literal.utf8.count
        case .string(let string): return length(ofString: string)
        case .array(let elements):
            var total = 2 + max(0, elements.count - 1)
            for element in elements { total += length(of: element) }
            return total
        case .object(let object):
            var total = 2 + max(0, object.count - 1)
            for member in object.members { total += length(ofString: member.key) + 1 + length(of: member.value) }
            return total
        }
    }

    static func length(ofString string: String) -> Int {
        var text = string
        return text.withUTF8 { bytes in
            var total = bytes.count + 2
            for byte in bytes where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), 0x08, 0x0C, 0x0A, 0x0D, 0x09: total += 1
                default: total += 5
                }
            }
            return total
        }
    }

    // MARK: Bytes

    static func write(_ value: JSON, to cursor: inout UnsafeMutablePointer<UInt8>) {
        switch value {
        case .null: put("null", &cursor)
        case .bool(let flag): put(flag ? "true" : "false", &cursor)
        case .number(let number): put(number.literal, &cursor)
        case .string(let string): writeString(string, &cursor)
        case .array(let elements):
            cursor.pointee = UInt8(ascii: "["); cursor += 1
            for (index, element) in elements.enumerated() {
                if index > 0 { cursor.pointee = UInt8(ascii: ","); cursor += 1 }
                write(element, to: &cursor)
            }
            cursor.pointee = UInt8(ascii: "]"); cursor += 1
        case .object(let object):
            cursor.pointee = UInt8(ascii: "{"); cursor += 1
            for (index, member) in object.members.enumerated() {
                if index > 0 { cursor.pointee = UInt8(ascii: ","); cursor += 1 }
                writeString(member.key, &cursor)
                cursor.pointee = UInt8(ascii: ":"); cursor += 1
                write(member.value, to: &cursor)
            }
            cursor.pointee = UInt8(ascii: "}"); cursor += 1
        }
    }

    static func put(_ text: String, _ cursor: inout UnsafeMutablePointer<UInt8>) {
        var text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            cursor.update(from: base, count: bytes.count)
            cursor += bytes.count
        }
    }

    static func writeString(_ string: String, _ cursor: inout UnsafeMutablePointer<UInt8>) {
        cursor.pointee = UInt8(ascii: "\""); cursor += 1
        var text = string
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            var runStart = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                cursor.update(from: base + runStart, count: index - runStart)
                cursor += index - runStart
                writeEscape(byte, &cursor)
                runStart = index + 1
            }
            cursor.update(from: base + runStart, count: bytes.count - runStart)
            cursor += bytes.count - runStart
        }
        cursor.pointee = UInt8(ascii: "\""); cursor += 1
    }

    static func writeEscape(_ byte: UInt8, _ cursor: inout UnsafeMutablePointer<UInt8>) {
        cursor.pointee = UInt8(ascii: "\\"); cursor += 1
        let short: UInt8?
        switch byte {
        case UInt8(ascii: "\""): short = UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): short = UInt8(ascii: "\\")
        case 0x08: short = UInt8(ascii: "b")
        case 0x0C: short = UInt8(ascii: "f")
        case 0x0A: short = UInt8(ascii: "n")
        case 0x0D: short = UInt8(ascii: "r")
        case 0x09: short = UInt8(ascii: "t")
        default: short = nil
        }
        if let short {
            cursor.pointee = short; cursor += 1
            return
        }
        let hex = Array("0123456789abcdef".utf8)
        for digit in [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]] {
            cursor.pointee = digit; cursor += 1
        }
    }
}
