import OpenBadges
import TestSupport
import Testing

/// Python's zlib (an independent DEFLATE implementation) reads what Laurel writes, and Laurel reads what
/// zlib writes at every level, including the dynamic Huffman blocks Laurel's writer never produces.
@Suite("Inflate: cross-checked with Python's zlib", .enabled(if: Oracle.isAvailable, Oracle.missingComment))
struct InflateOracleTests {
    @Test("zlib decompresses Laurel's gzip, zlib and raw output")
    func zlibReadsLaurel() throws {
        for (name, bytes) in CompressionSamples.all() {
            for strategy in [DeflateWriter.Strategy.stored, .fixedHuffman] {
                let cases: [(String, [UInt8])] = [("gzip", Gzip.compress(bytes, strategy: strategy)),
                                                  ("zlib", Zlib.compress(bytes, strategy: strategy)),
                                                  ("raw", DeflateWriter.deflate(bytes, strategy: strategy))]
                for (format, compressed) in cases {
                    let result = try Oracle.run(script: "gzip_oracle.py", arguments: ["decompress", format], input: compressed)
                    #expect(result.status == 0, "\(format) \(strategy) \(name): \(result.stderrText)")
                    #expect(sameBytes(result.stdout, bytes), "\(format) \(strategy) \(name)")
                }
            }
        }
    }

    @Test("Laurel decompresses zlib's output at levels 0, 1, 6 and 9")
    func laurelReadsZlib() throws {
        for (name, bytes) in CompressionSamples.all() {
            for level in ["0", "1", "6", "9"] {
                for format in ["gzip", "zlib", "raw"] {
                    let result = try Oracle.run(script: "gzip_oracle.py", arguments: ["compress", format, level], input: bytes)
                    try #require(result.status == 0, "\(result.stderrText)")
                    let out: [UInt8]
                    switch format {
                    case "gzip": out = try Gzip.decompress(result.stdout)
                    case "zlib": out = try Zlib.decompress(result.stdout)
                    default: out = try Inflater.inflate(result.stdout)
                    }
                    #expect(sameBytes(out, bytes), "\(format) level \(level): \(name)")
                }
            }
        }
    }
}
