/// The growing output of the inflater, never larger than `limit`.
///
/// Storage grows by doubling (capped at the limit) and is written in place, so copying a back-reference
/// never re-copies the whole buffer; a request that would pass the limit fails before anything is
/// written, which bounds the memory a hostile stream can make Laurel use.
struct InflateOutput {
    private var storage: [UInt8]
    private(set) var count = 0
    let limit: Int
    /// Where the current DEFLATE stream started: back-references may not reach before it (a gzip
    /// member's data cannot refer to the previous member's).
    var streamStart = 0

    init(limit: Int, expectedSize: Int) {
        self.limit = max(0, limit)
        storage = []
        storage.reserveCapacity(min(max(expectedSize, 0), self.limit))
    }

    /// Makes room for `extra` more bytes or throws when that would pass the limit.
    @inline(__always)
    private mutating func reserve(_ extra: Int, offset: Int) throws(CompressionError) {
        let needed = count + extra
        guard needed <= limit else { throw .outputLimitExceeded(limit: limit, offset: offset) }
        if needed > storage.count {
            let grown = min(limit, max(needed, storage.count * 2, 4096))
            storage.append(contentsOf: repeatElement(0, count: grown - storage.count))
        }
    }

    mutating func append(_ byte: UInt8, offset: Int) throws(CompressionError) {
        try reserve(1, offset: offset)
        storage[count] = byte
        count += 1
    }

    mutating func append(_ bytes: [UInt8], from start: Int, count length: Int, offset: Int) throws(CompressionError) {
        try reserve(length, offset: offset)
        let at = count
        storage.withUnsafeMutableBufferPointer { out in
            bytes.withUnsafeBufferPointer { input in
                for index in 0..<length { out[at + index] = input[start + index] }
            }
        }
        count += length
    }

    /// Copies `length` bytes starting `distance` bytes back. The regions may overlap (distance 1 repeats
    /// the last byte), so bytes are copied one by one, front to back, as RFC 1951 §3.2.3 describes.
    mutating func copyMatch(distance: Int, length: Int, offset: Int) throws(CompressionError) {
        guard distance <= count - streamStart else {
            throw .corrupt(offset: offset, reason: "a back-reference \(distance) bytes back, but only \(count - streamStart) bytes were written")
        }
        try reserve(length, offset: offset)
        let at = count
        storage.withUnsafeMutableBufferPointer { out in
            guard let base = out.baseAddress else { return }
            let target = base + at
            let source = target - distance
            if distance == 1 {
                // A run of one byte, the commonest match in a status list of zeros.
                target.update(repeating: source.pointee, count: length)
            } else if distance >= length {
                target.update(from: source, count: length)
            } else {
                for index in 0..<length { target[index] = source[index] }
            }
        }
        count += length
    }

    /// The bytes written from `start` to the end, for checksums.
    func checksumInput<R>(from start: Int, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        storage.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[start..<count])) }
    }

    /// The output, trimmed to what was written.
    consuming func bytes() -> [UInt8] {
        storage.removeSubrange(count...)
        return storage
    }
}
