import Foundation
@testable import OpenBadges
import Testing

@Suite("Badge artwork: text")
struct TextLayoutTests {
    @Test("language tags: canonical casing, script subtags decide direction, junk is no tag")
    func languageTags() {
        let cases: [(String?, String?, TextDirection?)] = [
            ("ar", "ar", .rightToLeft), ("AR-eg", "ar-EG", .rightToLeft), ("ar-Latn", "ar-Latn", .leftToRight),
            ("pa-Arab", "pa-Arab", .rightToLeft), ("pa", "pa", .leftToRight), ("sd-Deva", "sd-Deva", .leftToRight),
            ("ckb", "ckb", .rightToLeft), ("ku", "ku", .leftToRight), ("he_IL", "he-IL", .rightToLeft),
            ("iw", "iw", .rightToLeft), ("yi", "yi", .rightToLeft), ("dv", "dv", .rightToLeft), ("ps", "ps", .rightToLeft),
            ("ur-PK", "ur-PK", .rightToLeft), ("fa", "fa", .rightToLeft), ("zh-hant-tw", "zh-Hant-TW", .leftToRight),
            ("es-419", "es-419", .leftToRight), ("en-US-x-Private", "en-US-x-private", .leftToRight),
            ("und", "und", nil), ("x-klingon", nil, nil), ("i-klingon", nil, nil), ("", nil, nil), (nil, nil, nil),
            ("<script>", nil, nil), ("en US", nil, nil), ("en--US", nil, nil), ("toolongsubtag", nil, nil),
            ("ar\u{0}", nil, nil), ("ﻉﺮﺑﻲ", nil, nil),
        ]
        for (raw, value, direction) in cases {
            let tag = LanguageTag(raw)
            #expect(tag.value == value, "\(raw ?? "nil")")
            #expect(tag.direction == direction, "\(raw ?? "nil")")
        }
        let long = "en-" + Array(repeating: "abcdefgh", count: 20).joined(separator: "-")
        #expect((LanguageTag(long).value?.utf8.count ?? 0) <= LanguageTag.maxLength)
    }

    @Test("first strong character decides when there is no usable tag")
    func firstStrong() {
        #expect(TextDirection.firstStrong(in: "123 بناء abc") == .rightToLeft)
        #expect(TextDirection.firstStrong(in: "«Abc» بناء") == .leftToRight)
        #expect(TextDirection.firstStrong(in: "12 — 34") == nil)
        #expect(TextDirection.firstStrong(in: "\u{05D0}") == .rightToLeft)
    }

    @Test("cleaning: controls and bidi overrides removed, white space collapsed and trimmed")
    func cleaning() {
        #expect(BadgeText.cleaned("  a\t\tb\r\nc\u{2028}d  ").text == "a b c d")
        #expect(BadgeText.cleaned("x\u{0}\u{1B}\u{7F}\u{9F}\u{FFFE}\u{1FFFF}\u{FEFF}y").text == "xy")
        #expect(BadgeText.cleaned("\u{202E}abc\u{202C}\u{2067}d\u{2069}").text == "abcd")
        #expect(BadgeText.cleaned("a\u{200D}b\u{200F}c\u{00A0}d\u{3000}e").text == "a\u{200D}b\u{200F}c\u{00A0}d e")
        let (text, truncated) = BadgeText.cleaned(String(repeating: "ab", count: 10_000))
        #expect(text.unicodeScalars.count == BadgeText.maxScalars && truncated)
    }

    /// Names whose clusters a careless breaker would split.
    static let clusterNames: [String] = [
        "Ce\u{301}le\u{301}bration des re\u{301}ussites e\u{301}ducatives communautaires",
        "👩🏽‍🏫👨‍👩‍👧‍👦🇪🇸🇸🇦1️⃣" + String(repeating: "🧑🏿‍🤝‍🧑🏻", count: 30),
        String(repeating: "क्षत्रिय ", count: 20),
        String(repeating: "क्षि", count: 200),
        String(repeating: "بِسْمِ ", count: 40),
        String(repeating: "한국어 ", count: 30),
        String(repeating: "การสร้างความร่วมมือ", count: 6),
        "e" + String(repeating: "\u{301}", count: 500) + " tail",
        String(repeating: "建立伙伴关系。", count: 20),
    ]

    @Test("lines never split a grapheme cluster, and stay within 3 lines and the available width",
          arguments: 0..<9)
    func clusters(_ index: Int) {
        let name = BadgeText.cleaned(Self.clusterNames[index]).text
        let layout = BadgeTextLayout(name: name, level: "Level")
        #expect(!layout.nameLines.isEmpty && layout.nameLines.count <= 3)
        #expect(layout.nameFontSize >= 9)
        let original = Array(name).filter { $0 != " " }
        var position = 0
        for line in layout.nameLines {
            for character in line.text where character != " " && character != "…" {
                guard position < original.count else {
                    Issue.record("more text than the name")
                    return
                }
                // A cluster cut to 32 scalars is a prefix of the original cluster; any other must match.
                let expected = original[position]
                #expect(character == expected || (expected.unicodeScalars.count > 32
                    && expected.unicodeScalars.starts(with: character.unicodeScalars)), "\(index) at \(position)")
                position += 1
            }
            let width = line.text.reduce(0.0) { $0 + GlyphWidths.width(of: $1) } * GlyphWidths.bold * layout.nameFontSize
            #expect(width <= 2 * (BadgeDesign.fieldRadius - BadgeTextLayout.fieldPadding) + 0.001, "\(index)")
        }
    }

    @Test("longer names get smaller type, down to the minimum, then an ellipsis")
    func shrinking() {
        let names = ["Art", "Partnership Building", "Partnership Building and Community Outreach",
                     "Partnership Building and Community Outreach for Volunteer Programmes",
                     String(repeating: "Partnership ", count: 30)]
        let layouts = names.map { BadgeTextLayout(name: $0, level: "Excellent") }
        let sizes = layouts.map(\.nameFontSize)
        #expect(sizes == sizes.sorted(by: >), "\(sizes)")
        #expect(sizes[0] == BadgeTextLayout.nameSizes[0])
        #expect(sizes[1] > sizes[3])
        #expect(layouts[4].nameLines.last?.text.hasSuffix("…") == true)
        #expect(layouts[3].nameLines.last?.text.hasSuffix("…") == false)
        // Chinese breaks between ideographs but never before the full stop.
        let chinese = BadgeTextLayout(name: String(repeating: "建立伙伴关系。", count: 3), level: nil)
        #expect(chinese.nameLines.count > 1)
        for line in chinese.nameLines.dropFirst() { #expect(line.text.first != "。") }
        // A long level is cut on the ribbon.
        let level = BadgeTextLayout(name: "x", level: String(repeating: "Exceptional ", count: 10))
        #expect(level.levelLine?.text.hasSuffix("…") == true && level.levelFontSize == 9)
    }

    @Test("white text on the ribbon and ink on the field keep WCAG contrast for every hue")
    func contrast() {
        func luminance(_ c: ArtworkColor) -> Double {
            func linear(_ v: UInt8) -> Double {
                let s = Double(v) / 255
                return s <= 0.04045 ? s / 12.92 : Foundation.pow((s + 0.055) / 1.055, 2.4)
            }
            return 0.2126 * linear(c.red) + 0.7152 * linear(c.green) + 0.0722 * linear(c.blue)
        }
        func ratio(_ a: ArtworkColor, _ b: ArtworkColor) -> Double {
            let (x, y) = (luminance(a), luminance(b))
            return (max(x, y) + 0.05) / (min(x, y) + 0.05)
        }
        var worstRibbon = 100.0
        var worstField = 100.0
        for index in 0..<400 {
            let palette = BadgeDesign(achievementID: "urn:c:\(index)", levelKey: "\(index % 7)").palette
            worstRibbon = min(worstRibbon, ratio(palette[Int(BadgeDesign.ribbonInkColor) - 1], palette[Int(BadgeDesign.ribbonColor) - 1]))
            worstField = min(worstField, ratio(palette[Int(BadgeDesign.inkColor) - 1], palette[Int(BadgeDesign.fieldColor) - 1]))
        }
        #expect(worstRibbon >= 4.5, "\(worstRibbon)")
        #expect(worstField >= 7, "\(worstField)")
    }
}
