/// Turns `JSON` back into UTF-8 text.
///
/// Strings escape only what JSON requires (`"`, `\`, control characters), so `/` and non-ASCII text stay
/// literal; numbers keep their literal. Compact output is the exact bytes a JWS signs; pretty output with
/// sorted keys is for files people read and diff.
public struct JSONSerializer: Sendable {
    public struct Options: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        /// Two-space indentation and a newline after each member.
        public static let prettyPrinted = Options(rawValue: 1 << 0)
        /// Object members in Unicode code point order of their keys.
        public static let sortedKeys = Options(rawValue: 1 << 1)
    }

    public var options: Options

    public init(options: Options = []) { self.options = options }

    public func serialize(_ value: JSON) -> [UInt8] {
        if options.isEmpty { return CompactWriter.serialize(value) }
        var out: [UInt8] = []
        out.reserveCapacity(256)
        write(value, into: &out, indent: 0)
        return out
    }

    func write(_ value: JSON, into out: inout [UInt8], indent: Int) {
        switch value {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .number(let n): out.append(contentsOf: n.literal.utf8)
        case .string(let s): JSONSerializer.writeString(s, into: &out)
        case .array(let elements):
            if elements.isEmpty { out.append(contentsOf: "[]".utf8); return }
            out.append(UInt8(ascii: "["))
            for (i, element) in elements.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                newline(&out, indent + 1)
                write(element, into: &out, indent: indent + 1)
            }
            newline(&out, indent)
            out.append(UInt8(ascii: "]"))
        case .object(let object):
            if object.isEmpty { out.append(contentsOf: "{}".utf8); return }
            let members = options.contains(.sortedKeys) ? object.sortedByKey().members : object.members
            out.append(UInt8(ascii: "{"))
            for (i, member) in members.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                newline(&out, indent + 1)
                JSONSerializer.writeString(member.key, into: &out)
                out.append(UInt8(ascii: ":"))
                if options.contains(.prettyPrinted) { out.append(UInt8(ascii: " ")) }
                write(member.value, into: &out, indent: indent + 1)
            }
            newline(&out, indent)
            out.append(UInt8(ascii: "}"))
        }
    }

    func newline(_ out: inout [UInt8], _ indent: Int) {
        guard options.contains(.prettyPrinted) else { return }
        out.append(0x0A)
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * 2))
    }

    /// A JSON string literal with the escapes RFC 8785 prescribes (the minimal set). Runs of bytes that
    /// need no escape are copied whole: this is the hot loop of signing.
    static func writeString(_ string: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = string
        text.withUTF8 { bytes in
            var runStart = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                if runStart < index { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
                appendEscape(byte, into: &out)
                runStart = index + 1
            }
            if runStart < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...])) }
        }
        out.append(UInt8(ascii: "\""))
    }

    static func appendEscape(_ byte: UInt8, into out: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "\""): out.append(contentsOf: [0x5C, 0x22])
        case UInt8(ascii: "\\"): out.append(contentsOf: [0x5C, 0x5C])
        case 0x08: out.append(contentsOf: [0x5C, UInt8(ascii: "b")])
        case 0x0C: out.append(contentsOf: [0x5C, UInt8(ascii: "f")])
        case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        default:
            out.append(contentsOf: "\\u00".utf8)
            out.append(contentsOf: String(format2: byte).lowercased().utf8)
        }
    }
}

extension JSON {
    /// Compact UTF-8 bytes (`options` may add indentation and key sorting).
    public func serialized(_ options: JSONSerializer.Options = []) -> [UInt8] {
        JSONSerializer(options: options).serialize(self)
    }

    /// Compact text (`options` may add indentation and key sorting).
    public func serializedString(_ options: JSONSerializer.Options = []) -> String {
        String(decoding: serialized(options), as: UTF8.self)
    }
}
