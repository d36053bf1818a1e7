/// The PNG text chunks that carry badges (PNG specification, section 11.3.4).
///
/// - `iTXt`: keyword (1-79 Latin-1 bytes), NUL, compression flag, compression method, language tag, NUL,
///   translated keyword (UTF-8), NUL, text (UTF-8, or zlib data when the flag is 1). Open Badges 2.0 uses
///   the keyword `openbadges`, 3.0 `openbadgecredential`, and both forbid compression.
/// - `tEXt`: keyword, NUL, Latin-1 text. Badges baked before the 2.0 baking specification put the
///   hosted-assertion URL (or, in some tools, the JSON) in a `tEXt` chunk with the keyword `openbadges`.
/// - `zTXt`: keyword, NUL, compression method, zlib data. Never valid for a badge; recognised so that a
///   compressed credential is reported as such instead of being missed.
enum PNGTextChunks {
    /// A text chunk whose keyword names a badge credential.
    struct CredentialChunk {
        let chunk: PNGChunk
        let version: Baker.Version
        /// Offset of the first byte after the keyword's NUL separator.
        let afterKeyword: Int

        var keyword: String { version.pngKeyword }

        var location: PayloadLocation {
            .pngChunk(type: chunk.type.description, keyword: keyword, chunkIndex: chunk.index, byteOffset: chunk.offset)
        }
    }

    private static let ob2Keyword = Array("openbadges".utf8) + [0]
    private static let ob3Keyword = Array("openbadgecredential".utf8) + [0]

    /// Whether `chunk` is a credential chunk, judged from its type and keyword only, so that other text
    /// chunks cost a few byte comparisons. `tEXt` counts only with the legacy `openbadges` keyword.
    static func credentialChunk(_ chunk: PNGChunk, in image: [UInt8]) -> CredentialChunk? {
        let type = chunk.type
        guard type == .iTXt || type == .tEXt || type == .zTXt else { return nil }
        let data = image[chunk.dataRange]
        if data.starts(with: ob3Keyword) && type != .tEXt {
            return CredentialChunk(chunk: chunk, version: .ob3, afterKeyword: chunk.dataRange.lowerBound + ob3Keyword.count)
        }
        if data.starts(with: ob2Keyword) {
            return CredentialChunk(chunk: chunk, version: .ob2, afterKeyword: chunk.dataRange.lowerBound + ob2Keyword.count)
        }
        return nil
    }

    /// The text of a credential chunk, as UTF-8 bytes (`tEXt` is converted from Latin-1).
    static func text(
        of credential: CredentialChunk, in image: [UInt8], limits: BakingLimits
    ) throws(BakingError) -> ArraySlice<UInt8> {
        let chunk = credential.chunk
        let end = chunk.dataRange.upperBound
        switch chunk.type {
        case .iTXt:
            var cursor = credential.afterKeyword
            guard end - cursor >= 2 else {
                throw BakingError(.pngMalformedTextChunk("the iTXt chunk ends before its compression flag and method"),
                                  at: chunk.position(at: cursor))
            }
            let flag = image[cursor]
            switch flag {
            case 0: break
            case 1: throw BakingError(.pngCompressedCredential, at: chunk.position(at: cursor))
            default:
                throw BakingError(.pngMalformedTextChunk("the iTXt compression flag is \(flag); it must be 0 or 1"),
                                  at: chunk.position(at: cursor))
            }
            cursor += 2  // The method byte only means something when the flag is 1.
            guard let languageEnd = firstNUL(in: image, from: cursor, to: end) else {
                throw BakingError(.pngMalformedTextChunk("the iTXt language tag has no NUL terminator"),
                                  at: chunk.position(at: cursor))
            }
            cursor = languageEnd + 1
            guard let translatedEnd = firstNUL(in: image, from: cursor, to: end) else {
                throw BakingError(.pngMalformedTextChunk("the iTXt translated keyword has no NUL terminator"),
                                  at: chunk.position(at: cursor))
            }
            cursor = translatedEnd + 1
            guard end - cursor <= limits.maxPayloadBytes else {
                throw BakingError(.payloadTooLarge(size: end - cursor, limit: limits.maxPayloadBytes),
                                  at: chunk.position(at: cursor))
            }
            return image[cursor..<end]
        case .tEXt:
            let start = credential.afterKeyword
            // Latin-1 to UTF-8 at most doubles the size.
            guard end - start <= limits.maxPayloadBytes else {
                throw BakingError(.payloadTooLarge(size: end - start, limit: limits.maxPayloadBytes),
                                  at: chunk.position(at: start))
            }
            let latin1 = image[start..<end]
            if latin1.allSatisfy({ $0 < 0x80 }) { return latin1 }
            var utf8: [UInt8] = []
            utf8.reserveCapacity(latin1.count * 2)
            for byte in latin1 {
                if byte < 0x80 {
                    utf8.append(byte)
                } else {
                    utf8.append(0xC0 | (byte >> 6))
                    utf8.append(0x80 | (byte & 0x3F))
                }
            }
            return utf8[...]
        default:
            throw BakingError(.pngCompressedCredential, at: chunk.position())
        }
    }

    /// The data of an uncompressed `iTXt` chunk, as the baking specifications prescribe: compression flag
    /// and method 0, empty language tag and translated keyword.
    static func internationalTextData(keyword: String, text: [UInt8]) -> [UInt8] {
        var data = Array(keyword.utf8)
        data.reserveCapacity(data.count + 5 + text.count)
        // Keyword NUL, flag, method, empty language tag and its NUL, empty translated keyword and its NUL.
        data.append(contentsOf: [0, 0, 0, 0, 0])
        data.append(contentsOf: text)
        return data
    }

    private static func firstNUL(in bytes: [UInt8], from start: Int, to end: Int) -> Int? {
        var index = start
        while index < end {
            if bytes[index] == 0 { return index }
            index += 1
        }
        return nil
    }
}
