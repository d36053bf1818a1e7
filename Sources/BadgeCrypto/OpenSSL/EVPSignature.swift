import COpenSSL

/// The EVP one-shot sign and verify sequence that every Laurel signature goes through.
///
/// Per call this allocates only what OpenSSL needs (one `EVP_MD_CTX` and the signature buffer the
/// caller provides); digests are fetched once (`MessageDigests`).
enum EVPSignature {
    /// Signs `message`, writing the signature into `output`, which must hold
    /// `key.maximumSignatureSize` bytes. Returns the signature's length.
    static func sign(
        _ key: EVPKey, digest: OpaquePointer?, message: UnsafeRawBufferPointer,
        into output: UnsafeMutableRawBufferPointer
    ) throws(KeyError) -> Int {
        guard let context = EVP_MD_CTX_new() else { throw .openSSL("allocate a signing context") }
        defer { EVP_MD_CTX_free(context) }
        guard EVP_DigestSignInit(context, nil, digest, nil, key.pointer) == 1 else {
            throw .openSSL("start a signature")
        }
        var length = output.count
        let ok = withNonNullBase(message) { base in
            EVP_DigestSign(
                context, output.baseAddress?.assumingMemoryBound(to: UInt8.self), &length, base, message.count)
        }
        guard ok == 1 else { throw .openSSL("sign") }
        return length
    }

    /// True when `signature` (in OpenSSL's form: DER for ECDSA) is valid for `message`. A failed
    /// verification leaves nothing on the error queue.
    static func verify(
        _ key: EVPKey, digest: OpaquePointer?, message: UnsafeRawBufferPointer, signature: UnsafeRawBufferPointer
    ) -> Bool {
        guard let context = EVP_MD_CTX_new() else {
            OpenSSLErrorQueue.clear()
            return false
        }
        defer { EVP_MD_CTX_free(context) }
        guard EVP_DigestVerifyInit(context, nil, digest, nil, key.pointer) == 1 else {
            OpenSSLErrorQueue.clear()
            return false
        }
        let ok = withNonNullBase(message) { messageBase in
            withNonNullBase(signature) { signatureBase in
                EVP_DigestVerify(context, signatureBase, signature.count, messageBase, message.count)
            }
        }
        if ok != 1 { OpenSSLErrorQueue.clear() }
        return ok == 1
    }

    /// OpenSSL treats a null pointer with length 0 inconsistently across algorithms; an empty buffer
    /// is passed as a pointer to a zero byte instead.
    @inline(__always)
    static func withNonNullBase<R>(_ buffer: UnsafeRawBufferPointer, _ body: (UnsafePointer<UInt8>) -> R) -> R {
        if let base = buffer.baseAddress, buffer.count > 0 {
            return body(base.assumingMemoryBound(to: UInt8.self))
        }
        var zero: UInt8 = 0
        return withUnsafePointer(to: &zero) { body($0) }
    }
}

/// Runs `body` on the contiguous bytes of `message`, copying only when the sequence has no contiguous
/// storage (arrays, slices and UTF-8 views of native strings are used in place).
@inline(__always)
func withMessageBytes<Message: Sequence, R>(
    _ message: Message, _ body: (UnsafeRawBufferPointer) -> R
) -> R where Message.Element == UInt8 {
    if let result = message.withContiguousStorageIfAvailable({ body(UnsafeRawBufferPointer($0)) }) {
        return result
    }
    return Array(message).withUnsafeBytes(body)
}
