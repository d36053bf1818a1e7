/// Character classes of the RDF 1.1 N-Quads grammar, shared by the parser (which enforces them on input)
/// and the serializer (which refuses to write a term that would not parse back to itself).
enum NQuadsSyntax {
    typealias Byte16 = SIMD16<UInt8>

    /// Bytes that may not appear unescaped in an IRIREF: `#x00-#x20 < > " { } | ^ ` \`.
    /// Two 64-bit masks cover ASCII; every byte of a multi-byte UTF-8 sequence is allowed.
    @inline(__always)
    static func isForbiddenInIRI(_ byte: UInt8) -> Bool {
        let low: UInt64 = 0x5000_0005_FFFF_FFFF  // 0x00-0x20, '"' (34), '<' (60), '>' (62)
        let high: UInt64 = 0x3800_0001_5000_0000  // '\' (92), '^' (94), '`' (96), '{' '|' '}' (123-125)
        if byte < 64 { return (low >> UInt64(byte)) & 1 == 1 }
        if byte < 128 { return (high >> UInt64(byte &- 64)) & 1 == 1 }
        return false
    }

    /// Whether any byte of `bytes` is forbidden in an IRIREF. Sixteen bytes at a time, since this runs over
    /// every IRI that is signed.
    @inline(__always)
    static func containsForbiddenInIRI(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 16 <= bytes.count {
            let chunk = raw.loadUnaligned(fromByteOffset: index, as: Byte16.self)
            // x | 2 folds '<' (3C) onto '>' (3E) and '\' (5C) onto '^' (5E); x | 1 folds '|' (7C) onto '}' (7D).
            let foldTwo: SIMD16<UInt8> = chunk | Byte16(repeating: 2)
            let foldOne: SIMD16<UInt8> = chunk | Byte16(repeating: 1)
            var forbidden: SIMDMask<SIMD16<Int8>> = chunk .<= Byte16(repeating: 0x20)
            forbidden = forbidden .| (chunk .== Byte16(repeating: 0x22))
            forbidden = forbidden .| (foldTwo .== Byte16(repeating: 0x3E))
            forbidden = forbidden .| (foldTwo .== Byte16(repeating: 0x5E))
            forbidden = forbidden .| (chunk .== Byte16(repeating: 0x60))
            forbidden = forbidden .| (chunk .== Byte16(repeating: 0x7B))
            forbidden = forbidden .| (foldOne .== Byte16(repeating: 0x7D))
            if isNonzero(forbidden) { return true }
            index += 16
        }
        if index < bytes.count, bytes.count >= 16 {
            // The last 16 bytes, overlapping what was checked, instead of a byte loop over the tail.
            return containsForbiddenInIRI(UnsafeBufferPointer(rebasing: bytes[(bytes.count - 16)...]))
        }
        while index < bytes.count {
            if isForbiddenInIRI(bytes[index]) { return true }
            index += 1
        }
        return false
    }

    /// Whether any lane of a 16-lane mask is set: two 64-bit tests, where the standard library's `any`
    /// is an out-of-line reduction.
    @inline(__always)
    static func isNonzero(_ mask: SIMDMask<SIMD16<Int8>>) -> Bool {
        let halves = unsafeBitCast(mask, to: (UInt64, UInt64).self)
        return halves.0 | halves.1 != 0
    }

    /// The offset of the first byte of `bytes[from...]` that canonical N-Quads escapes in a literal, or
    /// `bytes.count`. Sixteen bytes at a time: most lexical forms need no escape at all.
    @inline(__always)
    static func firstByteNeedingEscape(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return bytes.count }
        let raw = UnsafeRawPointer(base)
        var index = start
        while index + 16 <= bytes.count {
            let chunk = raw.loadUnaligned(fromByteOffset: index, as: Byte16.self)
            var special: SIMDMask<SIMD16<Int8>> = chunk .< Byte16(repeating: 0x20)
            special = special .| (chunk .== Byte16(repeating: 0x22))
            special = special .| (chunk .== Byte16(repeating: 0x5C))
            special = special .| (chunk .== Byte16(repeating: 0x7F))
            if isNonzero(special) { break }
            index += 16
        }
        while index < bytes.count, !needsEscapeInLiteral(bytes[index]) { index += 1 }
        return index
    }

    /// Bytes that canonical N-Quads writes escaped inside a string literal: U+0000-U+001F, `"`, `\`, U+007F.
    @inline(__always)
    static func needsEscapeInLiteral(_ byte: UInt8) -> Bool {
        let low: UInt64 = 0x0000_0004_FFFF_FFFF  // 0x00-0x1F and '"' (34)
        let high: UInt64 = 0x8000_0000_1000_0000  // '\' (92) and DEL (127)
        if byte < 64 { return (low >> UInt64(byte)) & 1 == 1 }
        if byte < 128 { return (high >> UInt64(byte &- 64)) & 1 == 1 }
        return false
    }

    @inline(__always)
    static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    @inline(__always)
    static func isASCIIDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// The length of the scheme and its ':' if `bytes` begins with `scheme ":"` (RFC 3987), else nil.
    /// N-Quads allows only absolute IRIs, and an IRI without a scheme is relative.
    static func schemeLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = bytes.first, isASCIILetter(first) else { return nil }
        var index = 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ":") { return index + 1 }
            guard isASCIILetter(byte) || isASCIIDigit(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: ".")
            else { return nil }
            index += 1
        }
        return nil
    }

    /// LANGTAG without the '@': `[a-zA-Z]+ ('-' [a-zA-Z0-9]+)*`.
    static func isValidLanguageTag(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count, isASCIILetter(bytes[index]) { index += 1 }
        guard index > 0 else { return false }
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "-") else { return false }
            index += 1
            let start = index
            while index < bytes.count, isASCIILetter(bytes[index]) || isASCIIDigit(bytes[index]) { index += 1 }
            guard index > start else { return false }
        }
        return true
    }

    /// PN_CHARS_BASE.
    static func isNameStartBase(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D, 0x37F...0x1FFF,
            0x200C...0x200D, 0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFFD,
            0x10000...0xEFFFF:
            true
        default: false
        }
    }

    /// The first character of a BLANK_NODE_LABEL: PN_CHARS_U or a digit.
    static func isBlankLabelStart(_ scalar: UInt32) -> Bool {
        isNameStartBase(scalar) || scalar == 0x5F || scalar == 0x3A || (scalar >= 0x30 && scalar <= 0x39)
    }

    /// PN_CHARS: the characters after the first in a BLANK_NODE_LABEL (besides '.', which may not end it).
    static func isBlankLabelChar(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x2D, 0x30...0x39, 0xB7, 0x300...0x36F, 0x203F...0x2040: true
        default: isNameStartBase(scalar) || scalar == 0x5F || scalar == 0x3A
        }
    }

    /// Whether `label` (without "_:") matches BLANK_NODE_LABEL.
    static func isValidBlankNodeLabel(_ label: String) -> Bool {
        var scalars = label.unicodeScalars.makeIterator()
        guard let first = scalars.next(), isBlankLabelStart(first.value) else { return false }
        var last = first.value
        while let scalar = scalars.next() {
            guard isBlankLabelChar(scalar.value) || scalar.value == 0x2E else { return false }
            last = scalar.value
        }
        return last != 0x2E
    }
}
