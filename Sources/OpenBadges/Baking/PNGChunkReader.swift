/// Walks the chunks of a PNG datastream, checking its structure as it goes: the signature, that IHDR comes
/// first with 13 bytes of data, every chunk's length, type and CRC, that IEND comes last and nothing
/// follows it, and the size and chunk-count limits.
///
/// It reads headers in place and hands out positions, so a walk over a 100 KB image costs the CRCs and
/// little else. Each malformation has its own error, located by chunk index and byte offset.
struct PNGChunkReader {
    let bytes: [UInt8]
    let limits: BakingLimits
    private(set) var offset: Int
    private(set) var index = 0
    private var finished = false

    /// Checks the size limit and the signature.
    init(_ bytes: [UInt8], limits: BakingLimits) throws(BakingError) {
        guard bytes.count <= limits.maxImageBytes else {
            throw BakingError(.imageTooLarge(size: bytes.count, limit: limits.maxImageBytes))
        }
        guard bytes.count >= 8, bytes[0..<8].elementsEqual(ImageFormat.pngSignature) else {
            throw BakingError(.pngBadSignature, at: .byteOffset(0))
        }
        self.bytes = bytes
        self.limits = limits
        self.offset = 8
    }

    /// The next chunk, or nil after IEND.
    mutating func next() throws(BakingError) -> PNGChunk? {
        let start = offset
        if finished {
            if start < bytes.count {
                throw BakingError(.pngChunkAfterIEND(byteCount: bytes.count - start), at: .byteOffset(start))
            }
            return nil
        }
        let remaining = bytes.count - start
        if remaining == 0 { throw BakingError(.pngMissingIEND, at: .byteOffset(start)) }
        if remaining < 8 { throw BakingError(.pngTruncatedChunkHeader(available: remaining), at: .byteOffset(start)) }
        if index >= limits.maxChunkCount {
            throw BakingError(.pngTooManyChunks(limit: limits.maxChunkCount), at: .byteOffset(start))
        }

        let length = readUInt32(at: start)
        let type = PNGChunkType(rawValue: readUInt32(at: start + 4))
        let chunkIndex = index
        // Built only on the error paths: describing a type allocates, and this loop runs for every chunk.
        func position(_ byteOffset: Int? = nil) -> BakingError.Position {
            .pngChunk(index: chunkIndex, type: type.description, byteOffset: byteOffset ?? start)
        }
        guard type.isValid else { throw BakingError(.pngInvalidChunkType(type.bytes), at: position()) }
        // PNG section 5.3 caps lengths at 2^31-1 so that they fit a signed 32-bit integer.
        guard length <= 0x7FFF_FFFF else { throw BakingError(.pngChunkLengthTooLarge(length: length), at: position()) }
        if chunkIndex == 0 && type != .IHDR {
            throw BakingError(.pngMissingIHDR(firstChunk: type.description), at: position())
        }

        let dataStart = start + 8
        let available = bytes.count - dataStart
        // Compare before any arithmetic on the declared length, which a hostile file sets as it likes.
        guard Int(length) <= available - 4 else {
            throw BakingError(.pngTruncatedChunk(declaredLength: Int(length), available: available), at: position())
        }
        let dataEnd = dataStart + Int(length)
        let stored = readUInt32(at: dataEnd)
        let computed = CRC32.checksum(bytes, in: (start + 4)..<dataEnd)
        guard stored == computed else {
            throw BakingError(.pngCRCMismatch(stored: stored, computed: computed), at: position(dataEnd))
        }
        if type == .IHDR && length != 13 { throw BakingError(.pngInvalidIHDR(length: Int(length)), at: position()) }
        if type == .IEND { finished = true }

        offset = dataEnd + 4
        index += 1
        return PNGChunk(index: chunkIndex, offset: start, type: type, dataRange: dataStart..<dataEnd)
    }

    private func readUInt32(at position: Int) -> UInt32 {
        UInt32(bytes[position]) << 24 | UInt32(bytes[position + 1]) << 16
            | UInt32(bytes[position + 2]) << 8 | UInt32(bytes[position + 3])
    }
}
