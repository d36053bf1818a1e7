/// Baking and unbaking PNG images (Open Badges 2.0 baking specification, "PNGs"; Open Badges 3.0,
/// "Baked Badge / PNG").
///
/// Every chunk is walked and its CRC checked, so a damaged image is reported as damaged rather than
/// trusted. The image's own chunks are copied byte for byte; only credential chunks are touched.
enum PNGBaking {
    /// Finds the one credential chunk of `image`.
    ///
    /// The specifications let an extractor stop at the first credential chunk; Laurel reads to IEND
    /// instead, so that a second credential (which the specifications forbid, and which could show one
    /// credential to one verifier and another to a second) and damage anywhere in the file are reported.
    static func unbake(_ image: [UInt8], limits: BakingLimits) throws(BakingError) -> UnbakeResult {
        var reader = try PNGChunkReader(image, limits: limits)
        var found: PNGTextChunks.CredentialChunk?
        while let chunk = try reader.next() {
            guard let credential = PNGTextChunks.credentialChunk(chunk, in: image) else { continue }
            if let first = found {
                throw BakingError(.twoCredentials(first: first.location, second: credential.location), at: chunk.position())
            }
            found = credential
        }
        guard let credential = found else { return .notBaked(.png) }
        let text = try PNGTextChunks.text(of: credential, in: image, limits: limits)
        let (kind, bytes) = try PayloadKind.recognize(text, at: credential.location, limits: limits)
        return .baked(UnbakedPayload(format: .png, version: credential.version, location: credential.location,
                                     kind: kind, bytes: bytes))
    }

    /// `image` with any credential chunk removed and one uncompressed `iTXt` chunk inserted before IEND.
    static func bake(
        _ image: [UInt8], payload: BakedPayload, version: Baker.Version, limits: BakingLimits
    ) throws(BakingError) -> [UInt8] {
        if case .url = payload {
            throw BakingError(.unsupportedCombination(
                "a bare URL cannot be baked into a PNG: OB 2.0 bakes the assertion JSON or its signed JWS "
                    + "(the URL-in-tEXt form predates OB 2.0), and OB 3.0 the credential JSON or its VC-JWT"))
        }
        let text = try payload.prepared(limits: limits).bytes
        let data = PNGTextChunks.internationalTextData(keyword: version.pngKeyword, text: text)
        guard data.count <= 0x7FFF_FFFF else {
            throw BakingError(.payloadTooLarge(size: text.count, limit: 0x7FFF_FFFF - 64))
        }
        return try rewrite(image, limits: limits, capacity: image.count + data.count + 12) { output in
            PNGChunkWriter.append(type: .iTXt, data: data, to: &output)
        }
    }

    /// `image` with every credential chunk removed; the rest is unchanged.
    static func removingCredential(_ image: [UInt8], limits: BakingLimits) throws(BakingError) -> [UInt8] {
        try rewrite(image, limits: limits, capacity: image.count) { _ in }
    }

    /// Copies the signature and every chunk except credential chunks, calling `beforeIEND` just before
    /// copying IEND.
    private static func rewrite(
        _ image: [UInt8], limits: BakingLimits, capacity: Int, beforeIEND: (inout [UInt8]) -> Void
    ) throws(BakingError) -> [UInt8] {
        var reader = try PNGChunkReader(image, limits: limits)
        var output: [UInt8] = []
        output.reserveCapacity(capacity)
        output.append(contentsOf: ImageFormat.pngSignature)
        while let chunk = try reader.next() {
            if PNGTextChunks.credentialChunk(chunk, in: image) != nil { continue }
            if chunk.type == .IEND { beforeIEND(&output) }
            output.append(contentsOf: image[chunk.range])
        }
        return output
    }
}
