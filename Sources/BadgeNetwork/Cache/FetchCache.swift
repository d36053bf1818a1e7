import Synchronization

/// Documents fetched recently, so that one verification (or a batch of them) that needs the same DID
/// document or status list several times reads it once.
///
/// Bounded three ways: a number of entries, a total of bytes, and an age after which an entry is
/// dropped (so a key the issuer rotated out, or a list it updated, is read again). When a new document
/// does not fit, the oldest entries go first.
public final class FetchCache: Sendable {
    public let maxEntries: Int
    public let maxBytes: Int
    public let maxAge: Duration

    private struct Entry {
        let document: FetchedDocument
        let stored: ContinuousClock.Instant
        let sequence: UInt64
    }

    private struct Contents {
        var entries: [String: Entry] = [:]
        var bytes = 0
        var sequence: UInt64 = 0
    }

    private let contents = Mutex(Contents())

    public init(maxEntries: Int = 256, maxBytes: Int = 16 << 20, maxAge: Duration = .seconds(300)) {
        self.maxEntries = max(0, maxEntries)
        self.maxBytes = max(0, maxBytes)
        self.maxAge = maxAge
    }

    /// The cached document for `url` fetched with `accept`, when it is fresh.
    public func document(for url: String, accept: [String]) -> FetchedDocument? {
        let key = Self.key(url, accept)
        let now = ContinuousClock.now
        return contents.withLock { contents in
            guard let entry = contents.entries[key] else { return nil }
            guard now - entry.stored <= maxAge else {
                contents.entries[key] = nil
                contents.bytes -= entry.document.bytes.count
                return nil
            }
            return entry.document
        }
    }

    public func store(_ document: FetchedDocument, for url: String, accept: [String]) {
        let size = document.bytes.count
        guard size <= maxBytes, maxEntries > 0 else { return }
        let key = Self.key(url, accept)
        contents.withLock { contents in
            if let old = contents.entries.removeValue(forKey: key) { contents.bytes -= old.document.bytes.count }
            while contents.entries.count >= maxEntries || contents.bytes + size > maxBytes {
                guard let oldest = contents.entries.min(by: { $0.value.sequence < $1.value.sequence }) else { break }
                contents.entries[oldest.key] = nil
                contents.bytes -= oldest.value.document.bytes.count
            }
            contents.sequence += 1
            contents.entries[key] = Entry(document: document, stored: .now, sequence: contents.sequence)
            contents.bytes += size
        }
    }

    /// How many documents and bytes are held.
    public var usage: (entries: Int, bytes: Int) {
        contents.withLock { ($0.entries.count, $0.bytes) }
    }

    /// URLs reaching here are ASCII (FetchURL refuses anything else), so String keys compare by bytes.
    static func key(_ url: String, _ accept: [String]) -> String {
        url + "\n" + accept.joined(separator: ",")
    }
}
