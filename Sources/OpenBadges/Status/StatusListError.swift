/// Why a status list could not be read or a status could not be looked up in it.
public enum StatusListError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `encodedList` is not text of the required encoding (missing multibase prefix, bad base64url).
    case encodedListNotDecodable(format: StatusListFormat, reason: String)
    /// The decoded bytes are not a valid gzip file, or expand beyond the limit.
    case encodedListNotDecompressible(CompressionError)
    /// The list decompressed to nothing.
    case emptyList
    /// The credential's index (times its status size) lies outside the list.
    case indexOutOfRange(index: String, statusSize: Int, listBits: Int)
    /// A value that cannot be stored in `statusSize` bits, or a status size Laurel does not support.
    case invalidStatusValue(value: Int, statusSize: Int)
    /// A list length that is not a whole positive number of entries.
    case invalidLength(entries: Int, statusSize: Int, reason: String)

    public var description: String {
        switch self {
        case .encodedListNotDecodable(let format, let reason):
            "the \(format.rawValue) encodedList cannot be decoded: \(reason)"
        case .encodedListNotDecompressible(let error):
            "the encodedList is not a valid gzip-compressed bitstring: \(error)"
        case .emptyList:
            "the encodedList decompresses to an empty bitstring"
        case .indexOutOfRange(let index, let statusSize, let listBits):
            statusSize == 1
                ? "status list index \(index) is outside the list, which has \(listBits) entries (indices 0 to \(listBits - 1))"
                : "status list index \(index) with \(statusSize) bits per entry is outside the list of \(listBits) bits (\(listBits / statusSize) entries)"
        case .invalidStatusValue(let value, let statusSize):
            "the status value \(value) does not fit in \(statusSize) bits"
        case .invalidLength(let entries, let statusSize, let reason):
            "a list of \(entries) entries of \(statusSize) bits cannot be made: \(reason)"
        }
    }
}
