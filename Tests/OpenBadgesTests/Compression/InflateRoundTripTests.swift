import OpenBadges
import Testing

@Suite("Inflate: round trips through Laurel's writer")
struct InflateRoundTripTests {
    @Test("gzip, zlib and raw DEFLATE round trip with stored and fixed-Huffman blocks")
    func roundTrips() throws {
        for (name, bytes) in CompressionSamples.all() {
            for strategy in [DeflateWriter.Strategy.stored, .fixedHuffman] {
                let gzip = Gzip.compress(bytes, strategy: strategy)
                #expect(sameBytes(try Gzip.decompress(gzip), bytes), "gzip \(strategy): \(name)")
                let zlib = Zlib.compress(bytes, strategy: strategy)
                #expect(sameBytes(try Zlib.decompress(zlib), bytes), "zlib \(strategy): \(name)")
                let raw = DeflateWriter.deflate(bytes, strategy: strategy)
                #expect(sameBytes(try Inflater.inflate(raw), bytes), "raw \(strategy): \(name)")
            }
        }
    }

    @Test("the fixed-Huffman writer compresses a 16 KB list of zeros to a few dozen bytes")
    func zerosCompress() {
        let gzip = Gzip.compress([UInt8](repeating: 0, count: 16_384))
        #expect(gzip.count < 150, "\(gzip.count) bytes")
    }

    @Test("a file of two gzip members decompresses to their concatenation")
    func multipleMembers() throws {
        let a = Array("first member, ".utf8), b = Array("second member".utf8)
        let file = Gzip.compress(a) + Gzip.compress(b, strategy: .stored)
        #expect(try Gzip.decompress(file) == a + b)
    }

    @Test("a gzip header with extra field, file name, comment and header CRC is read")
    func optionalHeaderFields() throws {
        let body = Gzip.compress(Array("status".utf8))
        // FLG: FHCRC | FEXTRA | FNAME | FCOMMENT
        var header: [UInt8] = [0x1F, 0x8B, 8, 0x02 | 0x04 | 0x08 | 0x10, 1, 2, 3, 4, 0, 3]
        header += [3, 0, 0xAA, 0xBB, 0xCC] + Array("list.bin".utf8) + [0] + Array("a comment".utf8) + [0]
        let crc16 = CRC32.checksum(header) & 0xFFFF
        header += [UInt8(crc16 & 0xFF), UInt8(crc16 >> 8)]
        let file = header + body[10...]
        #expect(try Gzip.decompress(Array(file)) == Array("status".utf8))
        var wrongCRC = Array(file)
        wrongCRC[header.count - 1] ^= 0xFF
        #expect(throws: CompressionError.self) { try Gzip.decompress(wrongCRC) }
    }

    @Test("Adler-32 check values")
    func adler() {
        #expect(Adler32.checksum([]) == 1)
        #expect(Adler32.checksum(Array("Wikipedia".utf8)) == 0x11E6_0398)
        // Long enough that the sums must be reduced in blocks.
        let big = [UInt8](repeating: 0xFF, count: 100_000)
        var a: UInt64 = 1, b: UInt64 = 0
        for byte in big { a = (a + UInt64(byte)) % 65521; b = (b + a) % 65521 }
        #expect(Adler32.checksum(big) == UInt32(b << 16 | a))
    }
}
