import OpenBadges
import Testing

/// The bytes drawn for fixed inputs, pinned by CRC-32. Callers cache badges and compare them by content,
/// so the same input must give the same bytes in debug and release builds, on every machine and in every
/// later version; a deliberate change of design updates these values in the same commit.
@Suite("Badge artwork: pinned output")
struct PinnedArtworkTests {
    @Test("SVG and PNG bytes of fixed inputs")
    func pinned() {
        let arabic = ArtworkSamples.arabic
        let chinese = BadgeArtwork(achievementID: "urn:example:zh", name: "建立伙伴关系", level: "优秀", language: "zh-Hans")
        #expect(CRC32.checksum(ArtworkSamples.english.svg()) == 544266681)
        #expect(CRC32.checksum(arabic.svg()) == 2735247689)
        #expect(CRC32.checksum(chinese.svg()) == 2404527265)
        #expect(CRC32.checksum(arabic.png()) == 1279813533)
        #expect(CRC32.checksum(chinese.png(size: 100)) == 2643636250)
        #expect(CRC32.checksum(chinese.png(size: 64, colorType: .rgba)) == 2920974087)
    }
}
