/// Converts ECDSA signatures between the fixed-size r‖s form (IEEE P1363), which JOSE and Data
/// Integrity use, and the DER `ECDSA-Sig-Value` SEQUENCE that OpenSSL reads and writes.
///
/// Both directions are written out here rather than through `ECDSA_SIG` so that a verification costs
/// no extra allocations; the DER produced is minimal, and the DER accepted is strictly minimal too.
enum ECDSASignatureFormat {
    /// The DER largest signature of a curve with `coordinateSize`-byte scalars: two INTEGERs with a
    /// sign byte each, in a SEQUENCE. For P-384 that is 2 + 2 × (2 + 49) = 104 bytes, so every
    /// length fits DER's short form.
    static func maximumDERLength(coordinateSize: Int) -> Int { 2 + 2 * (2 + coordinateSize + 1) }

    /// Writes the DER form of the r‖s signature `raw` into `output`; returns the length, or nil when
    /// `raw` is not exactly two `coordinateSize`-byte halves.
    static func der(fromRaw raw: UnsafeRawBufferPointer, coordinateSize: Int, into output: UnsafeMutableRawBufferPointer)
        -> Int?
    {
        guard raw.count == 2 * coordinateSize,
              output.count >= maximumDERLength(coordinateSize: coordinateSize)
        else { return nil }
        let r = UnsafeRawBufferPointer(rebasing: raw[0..<coordinateSize])
        let s = UnsafeRawBufferPointer(rebasing: raw[coordinateSize..<(2 * coordinateSize)])
        var position = 2
        writeInteger(r, into: output, at: &position)
        writeInteger(s, into: output, at: &position)
        output[0] = 0x30
        output[1] = UInt8(position - 2)
        return position
    }

    /// An unsigned big-endian integer as a DER INTEGER: leading zeros dropped (zero keeps one byte),
    /// and a 0x00 added when the top bit is set so that the value stays positive.
    private static func writeInteger(_ value: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer,
                                     at position: inout Int)
    {
        var start = 0
        while start < value.count - 1 && value[start] == 0 { start += 1 }
        let needsSignByte = value[start] & 0x80 != 0
        let length = value.count - start + (needsSignByte ? 1 : 0)
        output[position] = 0x02
        output[position + 1] = UInt8(length)
        position += 2
        if needsSignByte {
            output[position] = 0
            position += 1
        }
        for index in start..<value.count {
            output[position] = value[index]
            position += 1
        }
    }

    /// The r‖s form of a DER signature; nil unless `der` is exactly one minimal SEQUENCE of two
    /// positive INTEGERs that each fit `coordinateSize` bytes.
    static func raw(fromDER der: UnsafeRawBufferPointer, coordinateSize: Int) -> [UInt8]? {
        guard der.count >= 8, der.count <= maximumDERLength(coordinateSize: coordinateSize) + 1,
              der[0] == 0x30
        else { return nil }
        var position = 1
        guard let sequenceLength = readLength(der, at: &position), position + sequenceLength == der.count else {
            return nil
        }
        var out = [UInt8](repeating: 0, count: 2 * coordinateSize)
        for half in 0..<2 {
            guard position < der.count, der[position] == 0x02 else { return nil }
            position += 1
            guard let length = readLength(der, at: &position), length >= 1, position + length <= der.count else {
                return nil
            }
            var start = position
            var count = length
            // A leading 0x00 is allowed only when needed to keep the next byte's top bit from
            // reading as a sign; a negative value is never a valid r or s.
            if der[start] & 0x80 != 0 { return nil }
            if der[start] == 0 && count > 1 {
                guard der[start + 1] & 0x80 != 0 else { return nil }
                start += 1
                count -= 1
            }
            guard count <= coordinateSize else { return nil }
            let destination = half * coordinateSize + (coordinateSize - count)
            for offset in 0..<count { out[destination + offset] = der[start + offset] }
            position += length
        }
        return position == der.count ? out : nil
    }

    /// A DER length in short form, or the one-byte long form (0x81) for 128...255; nil otherwise.
    private static func readLength(_ der: UnsafeRawBufferPointer, at position: inout Int) -> Int? {
        guard position < der.count else { return nil }
        let first = der[position]
        position += 1
        if first < 0x80 { return Int(first) }
        guard first == 0x81, position < der.count, der[position] >= 0x80 else { return nil }
        let length = Int(der[position])
        position += 1
        return length
    }

    /// True when `bytes` parses as a DER ECDSA signature for some curve size up to P-521: used to
    /// explain why a JOSE signature of the wrong length was refused.
    static func looksLikeDER(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { buffer in
            [32, 48, 66].contains { raw(fromDER: buffer, coordinateSize: $0) != nil }
        }
    }
}
