import BadgeCrypto

extension StatusBitstring {
    /// The default bound on a decoded list: 16 MiB, 134 million one-bit entries. The specification's
    /// lists are 16 KB to a few MB; anything larger is refused before it is produced.
    public static let defaultMaxBytes = 16 << 20

    /// Decodes `encodedList` (Bitstring Status List §3.3 "Bitstring Expansion Algorithm").
    ///
    /// - BitstringStatusList: multibase base64url without padding (a `u` prefix), then gzip; the prefix
    ///   is required.
    /// - StatusList2021: base64url and gzip with no prefix, as the draft and its examples write it.
    ///   Written as issuers in the wild do, a `u` prefix before the gzip magic (`uH4sI`) and trailing
    ///   `=` padding are accepted too; neither can make another list decode differently.
    public static func decode(encodedList: String, format: StatusListFormat, maxBytes: Int = defaultMaxBytes)
        throws(StatusListError) -> StatusBitstring
    {
        var text = Substring(encodedList)
        switch format {
        case .bitstringStatusList:
            guard text.first == "u" else {
                let found = text.first.map { "'\($0)'" } ?? "nothing"
                throw .encodedListNotDecodable(format: format, reason: "it must be multibase base64url, starting with 'u'; it starts with \(found)")
            }
            text = text.dropFirst()
        case .statusList2021:
            if text.hasPrefix("uH4sI") { text = text.dropFirst() }
            while text.last == "=" { text = text.dropLast() }
        }
        let compressed: [UInt8]
        do {
            // A compressed list is far smaller than the list; twice the limit leaves room for stored blocks.
            compressed = try Base64URL.decode(String(text), maxLength: max(1024, maxBytes * 2))
        } catch {
            throw .encodedListNotDecodable(format: format, reason: error.description)
        }
        let bytes: [UInt8]
        do { bytes = try Gzip.decompress(compressed, maxOutputBytes: maxBytes) } catch { throw .encodedListNotDecompressible(error) }
        guard !bytes.isEmpty else { throw .emptyList }
        return StatusBitstring(bytes: bytes)
    }

    /// The `encodedList` text of this list in `format` (gzip with Laurel's writer, then base64url, with
    /// the `u` multibase prefix for BitstringStatusList).
    public func encodedList(format: StatusListFormat = .bitstringStatusList) -> String {
        let compressed = Gzip.compress(bytes)
        switch format {
        case .bitstringStatusList: return Multibase.base64url.encode(compressed)
        case .statusList2021: return Base64URL.encode(compressed)
        }
    }
}
