/// The text armor of RFC 7468: `-----BEGIN LABEL-----`, base64 lines, `-----END LABEL-----`.
///
/// Text before the BEGIN line and after the END line is ignored (RFC 7468 §2 allows explanatory
/// text); within the block, only base64 and whitespace are accepted.
public struct PEMDocument: Sendable, Equatable {
    public let label: String
    public let der: [UInt8]

    /// The largest PEM text read (a 16384-bit encrypted RSA key is about 13 KiB).
    public static let maxBytes = 64 * 1024

    public init(label: String, der: [UInt8]) {
        self.label = label
        self.der = der
    }

    /// The first PEM block of `text`.
    public init(parsing text: String) throws(PEMError) {
        guard text.utf8.count <= PEMDocument.maxBytes else {
            throw .tooLarge(size: text.utf8.count, limit: PEMDocument.maxBytes)
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.trimmingSuffix { $0 == "\r" || $0 == " " || $0 == "\t" }
        }
        guard let beginIndex = lines.firstIndex(where: { $0.hasPrefix("-----BEGIN ") && $0.hasSuffix("-----") }) else {
            throw .noPEMBlock
        }
        let beginLine = lines[beginIndex]
        let label = String(beginLine.dropFirst("-----BEGIN ".count).dropLast(5))
        var body = ""
        // Where each body line starts in `body`, to turn a decoding offset back into a line number.
        var lineStarts: [(line: Int, offset: Int)] = []
        var index = beginIndex + 1
        while true {
            guard index < lines.count else { throw .unterminatedBlock(label: label) }
            let line = lines[index].trimmingPrefix { $0 == " " || $0 == "\t" }
            if line.hasPrefix("-----END ") {
                let end = String(line.dropFirst("-----END ".count).dropLast(line.hasSuffix("-----") ? 5 : 0))
                guard end == label, line.hasSuffix("-----") else { throw .mismatchedEndLabel(begin: label, end: end) }
                break
            }
            if line.contains(":") { throw .legacyEncryptionHeaders(line: index + 1) }
            lineStarts.append((index + 1, body.utf8.count))
            body += line
            index += 1
        }
        do {
            der = try Base64.decode(body, maxLength: PEMDocument.maxBytes)
        } catch {
            throw PEMDocument.locate(error, in: lineStarts, fallbackLine: beginIndex + 2)
        }
        self.label = label
    }

    /// The error with its offset made relative to the line it falls on.
    private static func locate(_ error: CodecError, in lineStarts: [(line: Int, offset: Int)], fallbackLine: Int)
        -> PEMError
    {
        let offset: Int
        switch error {
        case .invalidCharacter(_, _, let at), .invalidPadding(_, let at), .nonCanonicalTrailingBits(_, let at): offset = at
        default: return .invalidBase64(line: lineStarts.last?.line ?? fallbackLine, error)
        }
        guard let start = lineStarts.last(where: { $0.offset <= offset }) else {
            return .invalidBase64(line: fallbackLine, error)
        }
        return .invalidBase64(line: start.line, error.shifted(by: -start.offset))
    }

    /// The PEM text: 64-character lines and a final newline, as OpenSSL writes it.
    public var pemString: String {
        let encoded = Array(Base64.encode(der).utf8)
        var out = "-----BEGIN \(label)-----\n"
        var start = 0
        while start < encoded.count {
            let end = min(start + 64, encoded.count)
            out += String(decoding: encoded[start..<end], as: UTF8.self) + "\n"
            start = end
        }
        out += "-----END \(label)-----\n"
        return out
    }
}

extension Substring {
    fileprivate func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
        return self[startIndex..<end]
    }

    fileprivate func trimmingPrefix(while predicate: (Character) -> Bool) -> Substring {
        var start = startIndex
        while start < endIndex, predicate(self[start]) { start = index(after: start) }
        return self[start..<endIndex]
    }
}
