import COpenSSL

/// Reads and clears OpenSSL's per-thread error queue.
///
/// Every failed OpenSSL call leaves entries on the calling thread's queue; leaving them there would make
/// a later, unrelated failure report a stale reason, so each failure path drains the queue once.
enum OpenSSLErrorQueue {
    /// The queued reasons joined into one line (most recent last), and the queue emptied.
    static func drain() -> String {
        var reasons: [String] = []
        // Bounded: a queue never holds more than ERR_NUM_ERRORS (16) entries.
        for _ in 0..<32 {
            let code = ERR_get_error()
            if code == 0 { break }
            var buffer = [CChar](repeating: 0, count: 256)
            buffer.withUnsafeMutableBufferPointer { ERR_error_string_n(code, $0.baseAddress, $0.count) }
            let text = buffer.withUnsafeBufferPointer { pointer in
                String(decoding: pointer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            }
            reasons.append(text)
        }
        return reasons.isEmpty ? "no reason given by OpenSSL" : reasons.joined(separator: "; ")
    }

    /// Empties the queue after an expected failure (a signature that does not verify).
    @inline(__always)
    static func clear() { ERR_clear_error() }
}
