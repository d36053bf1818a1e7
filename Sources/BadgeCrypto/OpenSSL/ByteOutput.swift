/// Fills a new byte array through a C call that reports how many bytes it wrote.
///
/// The standard library's buffer closures are `rethrows`, which erases typed errors; this helper keeps
/// `KeyError` typed by passing a `Result` through the closure.
@inline(__always)
func makeBytes(
    capacity: Int, _ body: (UnsafeMutableRawBufferPointer) -> Result<Int, KeyError>
) throws(KeyError) -> [UInt8] {
    var failure: KeyError?
    let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
        switch body(UnsafeMutableRawBufferPointer(buffer)) {
        case .success(let count):
            initialized = min(max(count, 0), capacity)
        case .failure(let error):
            failure = error
            initialized = 0
        }
    }
    if let failure { throw failure }
    return bytes
}
