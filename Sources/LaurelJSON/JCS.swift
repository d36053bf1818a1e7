/// The JSON Canonicalization Scheme, RFC 8785.
///
/// Members sorted by the UTF-16 code units of their keys, numbers in ECMAScript form, minimal string
/// escapes, no whitespace. Used by `eddsa-jcs-2022`/`ecdsa-jcs-2019` and wherever Laurel needs one
/// byte string per JSON value.
public enum JCS {
    public static func canonicalize(_ value: JSON) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(512)
        write(value, into: &out)
        return out
    }

    static func write(_ value: JSON, into out: inout [UInt8]) {
        switch value {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .number(let n): out.append(contentsOf: ECMAScriptNumber.format(n.doubleValue).utf8)
        case .string(let s): JSONSerializer.writeString(s, into: &out)
        case .array(let elements):
            out.append(UInt8(ascii: "["))
            for (i, element) in elements.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                write(element, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let object):
            let members = object.members.sorted { $0.key.utf16.lexicographicallyPrecedes($1.key.utf16) }
            out.append(UInt8(ascii: "{"))
            for (i, member) in members.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                JSONSerializer.writeString(member.key, into: &out)
                out.append(UInt8(ascii: ":"))
                write(member.value, into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }
}

extension JSON {
    /// The RFC 8785 canonical bytes of this value.
    public var canonicalBytes: [UInt8] { JCS.canonicalize(self) }
}
