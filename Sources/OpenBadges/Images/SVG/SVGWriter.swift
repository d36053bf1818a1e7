/// Appends SVG markup to a byte buffer: escaped text and attribute values, and numbers with at most one
/// decimal (a tenth of a unit on a 256-unit badge is below what any screen shows).
struct SVGWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// Character data: `&`, `<` and `>` escaped (`>` so that a `]]>` in a name cannot end anything). The
    /// text has been cleaned by ``BadgeText``, so it holds no character XML forbids.
    mutating func text(_ text: String) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
            default: bytes.append(byte)
            }
        }
    }

    /// ` name="value"`, the value escaped for a double-quoted attribute.
    mutating func attribute(_ name: String, _ value: String) {
        bytes.append(0x20)
        bytes.append(contentsOf: name.utf8)
        bytes.append(contentsOf: "=\"".utf8)
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// ` name="number"`.
    mutating func attribute(_ name: String, _ value: Double) {
        bytes.append(0x20)
        bytes.append(contentsOf: name.utf8)
        bytes.append(contentsOf: "=\"".utf8)
        number(value)
        bytes.append(UInt8(ascii: "\""))
    }

    /// A number rounded to a tenth, without a trailing ".0": "128", "-3.5".
    mutating func number(_ value: Double) {
        // Design coordinates are within a few hundred units; the clamp only keeps the conversion defined.
        let tenths = ArtworkMath.nearest(min(1e9, max(-1e9, value.isFinite ? value : 0)) * 10)
        if tenths < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = tenths.magnitude
        integer(magnitude / 10)
        if magnitude % 10 != 0 {
            bytes.append(UInt8(ascii: "."))
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
        }
    }

    private mutating func integer(_ value: UInt) {
        if value >= 10 { integer(value / 10) }
        bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
    }
}
