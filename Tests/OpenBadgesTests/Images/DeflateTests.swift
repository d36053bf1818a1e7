@testable import OpenBadges
import Testing

/// The zlib/DEFLATE encoder, decoded by the tests' own inflater and by Python's zlib.
@Suite("DEFLATE and zlib encoding")
struct DeflateTests {
    /// Inputs that reach each block type and each corner of the matcher.
    static let samples: [(name: String, bytes: [UInt8])] = {
        var generator = SampleGenerator(seed: 7)
        let random = (0..<100_000).map { _ in generator.nextByte() }
        // Skewed bytes: mostly zeros with rare values, which pushes Huffman trees past 15 levels
        // before the length limit folds them back.
        var skewed = [UInt8](repeating: 0, count: 200_000)
        for exponent in 0..<18 { skewed[(1 << exponent) % skewed.count] = UInt8(exponent + 1) }
        for index in stride(from: 0, to: skewed.count, by: 9) where generator.nextByte() < 40 { skewed[index] = 200 }
        let text = Array(String(repeating: "Partnership Building — Construcción de alianzas — بناء الشراكات. ", count: 300).utf8)
        return [
            ("empty", []),
            ("one byte", [42]),
            ("two bytes", [1, 2]),
            ("abc repeated", Array(String(repeating: "abc", count: 1_000).utf8)),
            ("zeros 300 KB", [UInt8](repeating: 0, count: 300_000)),
            ("random 100 KB", random),
            ("random 70,000 (stored, two blocks)", Array(random.prefix(70_000))),
            ("skewed 200 KB", skewed),
            ("text", text),
            ("all byte values", (0..<1_024).map { UInt8($0 & 0xFF) }),
        ]
    }()

    @Test("every sample decodes to itself with the tests' inflater, Adler-32 included", arguments: 0..<10)
    func roundTrip(_ index: Int) throws {
        let (name, bytes) = Self.samples[index]
        let stream = Zlib.compress(bytes)
        let decoded = try TestInflater.zlibDecompress(stream)
        #expect(decoded == bytes, "\(name)")
    }

    @Test("block types: compressible data gets Huffman blocks, random data stored blocks")
    func blockTypes() throws {
        func blocks(_ bytes: [UInt8]) throws -> TestInflater.Blocks {
            let stream = Zlib.compress(bytes)
            var reader = TestInflater.BitReader(bytes: stream, bytePosition: 2)
            var blocks = TestInflater.Blocks()
            _ = try TestInflater.inflate(&reader, blocks: &blocks)
            return blocks
        }
        let random = Self.samples[6].bytes
        let stored = try blocks(random)
        #expect(stored.stored == 2 && stored.fixed == 0 && stored.dynamic == 0)
        #expect(Zlib.compress(random).count <= random.count + 2 + 10 + 4)
        #expect(try blocks(Self.samples[8].bytes).dynamic == 1)
        #expect(try blocks([42]).fixed == 1)
        // 300 KB of zeros: 1,163 matches of 258 bytes.
        #expect(Zlib.compress(Self.samples[4].bytes).count < 400)
    }

    @Test("Huffman code lengths respect the limit and form complete codes")
    func lengthLimit() {
        // Fibonacci weights make the deepest possible tree: 30 symbols would need 29 levels.
        var fibonacci = [1, 1]
        while fibonacci.count < 30 { fibonacci.append(fibonacci[fibonacci.count - 1] + fibonacci[fibonacci.count - 2]) }
        for limit in [7, 15] {
            let lengths = HuffmanEncoder.lengths(frequencies: fibonacci, limit: limit)
            #expect(lengths.allSatisfy { $0 >= 1 && Int($0) <= limit })
            let kraft = lengths.reduce(0.0) { $0 + 1.0 / Double(1 << Int($1)) }
            #expect(kraft == 1.0)
        }
        #expect(HuffmanEncoder.lengths(frequencies: [0, 0, 5], limit: 15) == [1, 0, 1])
        #expect(HuffmanEncoder.lengths(frequencies: [3, 0, 0], limit: 15) == [1, 1, 0])
        #expect(HuffmanEncoder.lengths(frequencies: [0, 0], limit: 15) == [0, 0])
    }

    @Test("Adler-32 matches the definition and RFC 1950's value for 'Wikipedia'")
    func adler32() {
        #expect(Adler32.checksum(Array("Wikipedia".utf8)) == 0x11E6_0398)
        #expect(Adler32.checksum([]) == 1)
        let long = [UInt8](repeating: 0xFF, count: 100_000)
        #expect(Adler32.checksum(long) == TestInflater.referenceAdler32(long))
    }

    @Test("Python's zlib inflates every sample to the original", .enabled(if: Python3.isAvailable, Python3.missingComment))
    func pythonZlib() throws {
        var items: [[UInt8]] = []
        for sample in Self.samples { items += [sample.bytes, Zlib.compress(sample.bytes)] }
        let script = Python3.readFramedInput + """
            import zlib
            for i in range(0, len(items), 2):
                original, stream = items[i], items[i + 1]
                print('ok' if zlib.decompress(stream) == original else 'mismatch %d' % (i // 2))
            """
        let output = try Python3.run(script, input: Python3.frame(items))
        #expect(output == String(repeating: "ok\n", count: Self.samples.count), "\(output)")
    }
}

/// A deterministic byte generator (xorshift64*), so samples are the same on every run.
struct SampleGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }
    mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 0x2545_F491_4F6C_DD1D
    }
    mutating func nextByte() -> UInt8 { UInt8(truncatingIfNeeded: next() >> 56) }
}
