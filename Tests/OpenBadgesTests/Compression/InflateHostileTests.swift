import OpenBadges
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite("Inflate: corrupt, truncated and hostile streams")
struct InflateHostileTests {
    static let sample: [UInt8] = {
        var bytes = Array(String(repeating: "revoked suspended valid ", count: 40).utf8)
        bytes += [UInt8](repeating: 0, count: 2_000)
        return bytes
    }()

    @Test("every truncation of a gzip file is refused as truncated")
    func truncations() {
        for strategy in [DeflateWriter.Strategy.stored, .fixedHuffman] {
            let file = Gzip.compress(Self.sample, strategy: strategy)
            for length in 0..<file.count {
                do {
                    _ = try Gzip.decompress(Array(file[0..<length]))
                    Issue.record("a gzip file cut to \(length) of \(file.count) bytes was accepted")
                } catch {
                    if case .truncated = error { continue }
                    Issue.record("cut to \(length) bytes: \(error), expected a truncation error")
                }
            }
        }
    }

    @Test("every single-byte change of a gzip file is refused or, in the unchecked header fields, harmless")
    func corruptions() {
        let file = Gzip.compress(Self.sample)
        // MTIME (4-7), XFL (8) and OS (9) are not checked by design (RFC 1952 gives them no check).
        let unchecked: Set<Int> = [4, 5, 6, 7, 8, 9]
        var refused = 0
        for index in file.indices {
            var changed = file
            changed[index] ^= 0x5A
            do {
                let out = try Gzip.decompress(changed)
                #expect(unchecked.contains(index) && sameBytes(out, Self.sample), "byte \(index) changed, still accepted")
            } catch {
                refused += 1
            }
        }
        #expect(refused == file.count - unchecked.count)
    }

    @Test("errors say what is wrong and where")
    func errorMessages() throws {
        let file = Gzip.compress(Self.sample)
        var badCRC = file
        badCRC[file.count - 8] ^= 1
        #expect(throws: CompressionError.checksumMismatch(offset: file.count - 8, check: "gzip CRC-32",
                                                          expected: Gzip.decompressCRC(badCRC), actual: CRC32.checksum(Self.sample))) {
            try Gzip.decompress(badCRC)
        }
        var badSize = file
        badSize[file.count - 1] ^= 1
        #expect(throws: CompressionError.self) { try Gzip.decompress(badSize) }
        #expect(throws: CompressionError.invalidHeader(offset: 0, format: "gzip", reason: "the first two bytes are not 1f 8b")) {
            try Gzip.decompress(Array("INVALID-XYZ".utf8))
        }
        // Reserved block type 3 right after the header.
        let reserved: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF, 0b0000_0111]
        #expect(throws: CompressionError.corrupt(offset: 10, reason: "block 1 has the reserved block type 3")) {
            try Gzip.decompress(reserved)
        }
        let trailing = file + [0]
        #expect(throws: CompressionError.trailingData(offset: file.count, count: 1)) { try Gzip.decompress(trailing) }
        // A back-reference before the start of the data.
        var w = TestBitWriter()
        w.field(1, 1); w.field(1, 2)
        w.code(0b0000001, 7)  // length symbol 257 (length 3): fixed code 0000001
        w.code(0b00000, 5)  // distance 1, with nothing written yet
        let early = w.finish()
        #expect(throws: CompressionError.corrupt(offset: 0, reason: "a back-reference 1 bytes back, but only 0 bytes were written")) {
            try Inflater.inflate(early)
        }
        let description = CompressionError.truncated(offset: 12, inside: "block 1 (fixed Huffman codes)").description
        #expect(description == "the compressed data ends too early, at byte 12, inside block 1 (fixed Huffman codes)")
    }

    @Test("zlib: header check, window size, preset dictionary and Adler-32 are enforced")
    func zlibHeader() {
        let stream = Zlib.compress(Self.sample)
        var badCheck = stream
        badCheck[1] ^= 1
        #expect(throws: CompressionError.self) { try Zlib.decompress(badCheck) }
        #expect(throws: CompressionError.unsupported(offset: 1, feature: "a zlib preset dictionary (FDICT)")) {
            try Zlib.decompress([0x78, 0xBB, 0, 0, 0, 0])
        }
        var badAdler = stream
        badAdler[stream.count - 1] ^= 1
        #expect(throws: CompressionError.self) { try Zlib.decompress(badAdler) }
        #expect(throws: CompressionError.self) { try Zlib.decompress([0x88, 0x1B]) }  // CINFO 8: a 64 KB window
    }

    @Test("the hand-made bomb is a valid stream: 10 MB of zeros from about 10 KB")
    func bombIsValid() throws {
        let matches = 10 << 20 / 258
        let size = 1 + 258 * matches
        let zeros = [UInt8](repeating: 0, count: size)
        let file = DeflateBomb.gzip(matches: matches, crc: CRC32.checksum(zeros))
        #expect(file.count < 12_000, "\(file.count) bytes")
        let out = try Gzip.decompress(file, maxOutputBytes: 16 << 20)
        #expect(out.count == size && out.allSatisfy { $0 == 0 })
    }

    @Test("a 10 MB bomb is refused under a 1 MiB cap, and a 1 GiB bomb under the default cap, quickly")
    func bombsAreRefused() throws {
        let started = ContinuousClock.now
        let small = DeflateBomb.gzip(matches: 10 << 20 / 258)
        #expect(throws: CompressionError.self) { try Gzip.decompress(small, maxOutputBytes: 1 << 20) }
        do {
            _ = try Gzip.decompress(small, maxOutputBytes: 1 << 20)
        } catch {
            guard case .outputLimitExceeded(let limit, _) = error else { Issue.record("\(error)"); return }
            #expect(limit == 1 << 20)
        }
        // About 1 MB that claims 1 GiB: refused once the default 16 MiB is reached.
        let big = DeflateBomb.gzip(matches: (1 << 30) / 258)
        #expect(big.count < 1_100_000)
        do {
            _ = try Gzip.decompress(big)
            Issue.record("a 1 GiB bomb was accepted")
        } catch {
            guard case .outputLimitExceeded(let limit, let offset) = error else { Issue.record("\(error)"); return }
            #expect(limit == Inflater.defaultMaxOutputBytes)
            // Refused after reading about 16 MiB / 258 two-bit matches: the first ~16 KB of input.
            #expect(offset < 20_000, "refused at byte \(offset)")
        }
        let elapsed = ContinuousClock.now - started
        #expect(elapsed < .seconds(20), "\(elapsed)")
    }

    @Test("bad Huffman tables are refused: over-subscribed, incomplete, or with no end-of-block code")
    func badTables() {
        // A dynamic block whose code length code gives three symbols one bit each: over-subscribed.
        var w = TestBitWriter()
        w.field(1, 1); w.field(2, 2); w.field(0, 5); w.field(0, 5); w.field(0, 4)
        for length in [1, 1, 1, 0] { w.field(length, 3) }  // symbols 16, 17, 18, 0
        let oversubscribed = w.finish() + [0, 0, 0, 0]
        #expect(throws: CompressionError.self) { try Inflater.inflate(oversubscribed) }
        // HLIT of 30 (287 codes) is beyond the 286 that exist.
        var hlit = TestBitWriter()
        hlit.field(1, 1); hlit.field(2, 2); hlit.field(30, 5); hlit.field(0, 5); hlit.field(0, 4)
        #expect(throws: CompressionError.self) { try Inflater.inflate(hlit.finish() + [0, 0, 0]) }
    }
}

extension Gzip {
    /// The CRC-32 stored in a gzip file's trailer.
    static func decompressCRC(_ file: [UInt8]) -> UInt32 {
        let at = file.count - 8
        return UInt32(file[at]) | UInt32(file[at + 1]) << 8 | UInt32(file[at + 2]) << 16 | UInt32(file[at + 3]) << 24
    }
}
