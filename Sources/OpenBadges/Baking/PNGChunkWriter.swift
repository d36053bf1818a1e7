/// Writes PNG chunks: a 4-byte big-endian length, the type, the data, and the CRC-32 of type and data.
enum PNGChunkWriter {
    static func append(type: PNGChunkType, data: [UInt8], to output: inout [UInt8]) {
        appendBigEndian(UInt32(data.count), to: &output)
        let typeBytes = type.bytes
        output.append(contentsOf: typeBytes)
        output.append(contentsOf: data)
        let crc = data.withUnsafeBytes { dataBuffer in
            typeBytes.withUnsafeBytes { typeBuffer in CRC32.update(CRC32.update(0, typeBuffer), dataBuffer) }
        }
        appendBigEndian(crc, to: &output)
    }

    private static func appendBigEndian(_ value: UInt32, to output: inout [UInt8]) {
        for shift in stride(from: 24, through: 0, by: -8) { output.append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }
}
