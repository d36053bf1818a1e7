import LaurelJSON
import Synchronization

/// Key documents (DID documents, controller and key documents, key sets) already read, parsed, by URL.
///
/// One `Verifier` keeps one, so a batch of credentials from the same issuer reads its DID document once.
/// Bounded by entries, by the bytes of the documents held, and by age: a document older than `maxAge`
/// is read again, so a key the issuer removed stops being accepted within that time.
public final class DocumentCache: Sendable {
    public let maxEntries: Int
    public let maxBytes: Int
    public let maxAge: Duration

    private struct Entry {
        let json: JSON
        let size: Int
        let stored: ContinuousClock.Instant
        let sequence: UInt64
    }

    private struct Contents {
        var entries: [[UInt8]: Entry] = [:]
        var bytes = 0
        var sequence: UInt64 = 0
    }

    private let contents = Mutex(Contents())

    public init(maxEntries: Int = 256, maxBytes: Int = 8 << 20, maxAge: Duration = .seconds(300)) {
        self.maxEntries = max(0, maxEntries)
        self.maxBytes = max(0, maxBytes)
        self.maxAge = maxAge
    }

    public func document(at url: String) -> JSON? {
        let key = Array(url.utf8)
        let now = ContinuousClock.now
        return contents.withLock { contents in
            guard let entry = contents.entries[key] else { return nil }
            guard now - entry.stored <= maxAge else {
                contents.entries[key] = nil
                contents.bytes -= entry.size
                return nil
            }
            return entry.json
        }
    }

    /// Keeps `json`, read from `size` bytes; the oldest entries make room.
    public func store(_ json: JSON, size: Int, at url: String) {
        guard size <= maxBytes, maxEntries > 0 else { return }
        let key = Array(url.utf8)
        contents.withLock { contents in
            if let old = contents.entries.removeValue(forKey: key) { contents.bytes -= old.size }
            while contents.entries.count >= maxEntries || contents.bytes + size > maxBytes {
                guard let oldest = contents.entries.min(by: { $0.value.sequence < $1.value.sequence }) else { break }
                contents.entries[oldest.key] = nil
                contents.bytes -= oldest.value.size
            }
            contents.sequence += 1
            contents.entries[key] = Entry(json: json, size: size, stored: .now, sequence: contents.sequence)
            contents.bytes += size
        }
    }

    /// How many documents and bytes are held.
    public var usage: (entries: Int, bytes: Int) {
        contents.withLock { ($0.entries.count, $0.bytes) }
    }
}
