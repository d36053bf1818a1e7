import OpenBadges
import Testing

@Suite("CRC-32")
struct CRC32Tests {
    @Test("check values of ISO 3309 / PNG Annex D")
    func checkValue() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([]) == 0)
        #expect(CRC32.checksum(Array("IEND".utf8)) == 0xAE42_6082)
    }

    @Test("the fast CRC equals the bit-at-a-time definition at every length and alignment")
    func matchesReference() {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<10_003).map { _ in UInt8.random(in: 0...255, using: &generator) }
        // Around the 8-byte step and the 3 x 512-byte lane block, one and several blocks, with tails.
        for length in [0, 1, 2, 3, 7, 8, 9, 15, 16, 17, 63, 64, 65, 1_000, 1_535, 1_536, 1_537, 3_072, 3_079, 8_192, 10_000] {
            for start in 0..<3 {
                let range = start..<(start + length)
                #expect(CRC32.checksum(bytes, in: range) == PNGFixture.crc(Array(bytes[range])), "length \(length), start \(start)")
            }
        }
    }

    @Test("update continues a running CRC")
    func incremental() {
        let a = Array("IEND".utf8)
        let b = Array("hello, badges".utf8)
        let running = b.withUnsafeBytes { CRC32.update(CRC32.checksum(a), $0) }
        #expect(running == CRC32.checksum(a + b))
    }
}
