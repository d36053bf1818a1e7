import OpenBadges
import Testing

@Suite("Badge artwork: SVG")
struct SVGArtworkTests {
    static let rightToLeft: Set<String> = ["ar", "he", "fa", "ur", "ps", "yi", "dv", "ckb", "ug", "sd"]

    /// Every script sample, every hostile name (in English and in Arabic), and right-to-left languages
    /// without a sample of their own.
    static let artworks: [BadgeArtwork] = {
        var list = ArtworkSamples.scripts.map {
            BadgeArtwork(achievementID: "urn:example:\($0.language)", name: $0.name, level: $0.level, language: $0.language)
        }
        for (index, name) in ArtworkSamples.hostileNames.enumerated() {
            list.append(BadgeArtwork(achievementID: "urn:hostile:\(index)", name: name, level: "Level <&> ]]>",
                                     language: "en"))
            list.append(BadgeArtwork(achievementID: "urn:hostile:\(index)", name: name, level: nil, language: "ar"))
        }
        for language in ["ps", "yi", "dv", "ckb", "ug", "sd", "ar-Latn", "pa-Arab", "und", "x-private", "<bad>"] {
            list.append(BadgeArtwork(achievementID: "urn:lang:\(language)", name: "پښتو ייִדיש ދިވެހި Kurdî", level: "1",
                                     language: language))
        }
        list.append(BadgeArtwork(achievementID: "urn:nolang", name: "بناء الشراكات", level: "ممتاز"))
        list.append(BadgeArtwork(achievementID: "urn:nolang", name: "Partnership", level: "Excellent"))
        return list
    }()

    /// Parses every SVG with Python's expat-based ElementTree and reports, per document, the root, its
    /// language, the title, and each text element's direction, bidi mode and content.
    static let pythonReader = """
        import json, xml.etree.ElementTree as ET
        SVG = '{http://www.w3.org/2000/svg}'
        XML = '{http://www.w3.org/XML/1998/namespace}'
        for item in items:
            try:
                root = ET.fromstring(item)
                title = root.find(SVG + 'title')
                group = root.findall(SVG + 'g')[-1]
                texts = [{'text': t.text or '', 'direction': t.get('direction'), 'bidi': t.get('unicode-bidi'),
                          'size': t.get('font-size')} for t in group.findall(SVG + 'text')]
                print(json.dumps({'ok': root.tag == SVG + 'svg', 'lang': root.get(XML + 'lang'),
                                  'title': title.text if title is not None else None,
                                  'labelled': root.get('aria-labelledby') == (title.get('id') if title is not None else ''),
                                  'groupDirection': group.get('direction'), 'texts': texts}))
            except Exception as error:
                print(json.dumps({'ok': False, 'error': repr(error)}))
        """

    @Test("every SVG is well-formed XML to Python's expat, with language, direction, title and text as expected",
          .enabled(if: Python3.isAvailable, Python3.missingComment))
    func pythonParses() throws {
        let output = try Python3.run(Python3.readFramedInput + Self.pythonReader,
                                     input: Python3.frame(Self.artworks.map { $0.svg() }))
        let lines = output.split(separator: "\n")
        #expect(lines.count == Self.artworks.count)
        for (artwork, line) in zip(Self.artworks, lines) {
            let report = try JSON.parse(Array(line.utf8))
            let label = "\(artwork.language ?? "none"): \(artwork.name.prefix(40))"
            #expect(report["ok"]?.boolValue == true, "\(label): \(line)")
            #expect(report["labelled"]?.boolValue == true, "\(label)")
            let expectedTitle = Self.expectedTitle(artwork)
            #expect((report["title"]?.stringValue ?? "") == expectedTitle, "\(label)")

            let primary = artwork.language?.split(separator: "-").first.map(String.init)
            let rtl: Bool
            switch artwork.language {
            case "ar-Latn": rtl = false
            case "pa-Arab": rtl = true
            case "und", "x-private", "<bad>", nil: rtl = artwork.name.unicodeScalars.first.map { $0.value >= 0x590 } ?? false
            default: rtl = Self.rightToLeft.contains(primary ?? "")
            }
            let texts = report["texts"]?.arrayValue ?? []
            #expect(report["groupDirection"]?.stringValue == (rtl ? "rtl" : nil), "\(label)")
            for text in texts {
                #expect(text["direction"]?.stringValue == (rtl ? "rtl" : nil), "\(label)")
                #expect(text["bidi"]?.stringValue == (rtl ? "embed" : nil), "\(label)")
            }
            if ["x-private", "<bad>", "und"].contains(artwork.language ?? "") || artwork.language == nil {
                #expect(report["lang"]?.stringValue == (artwork.language == "und" ? "und" : nil))
            } else {
                #expect(report["lang"]?.stringValue?.lowercased() == artwork.language?.lowercased())
            }

            // The name's lines, put back together, are the cleaned name, or its beginning when cut.
            // Clusters of more than 32 scalars are drawn cut to 32 (see TextClusters).
            let cleaned = String(Self.cleaned(artwork.name).filter { $0 != " " }.map { character -> String in
                String(String.UnicodeScalarView(character.unicodeScalars.prefix(32)))
            }.joined())
            let levelLines = (artwork.level.map { !Self.cleaned($0).isEmpty } ?? false) ? 1 : 0
            let nameLines = texts.dropLast(levelLines).compactMap { $0["text"]?.stringValue }
            #expect(nameLines.count <= 3, "\(label)")
            var joined = nameLines.joined().filter { $0 != " " }
            if joined.hasSuffix("…") && !cleaned.hasSuffix("…") {
                joined.removeLast()
                #expect(cleaned.hasPrefix(joined) && joined.count < cleaned.count, "\(label)")
            } else {
                #expect(joined == cleaned, "\(label)")
            }
        }
    }

    /// What the title should say: the cleaned name (cut after 300 clusters) and the level, joined by " — ".
    static func expectedTitle(_ artwork: BadgeArtwork) -> String {
        var name = Self.cleaned(artwork.name)
        if name.count > 300 { name = String(name.prefix(300)) + "…" }
        let level = artwork.level.map { Self.cleaned($0) } ?? ""
        if level.isEmpty { return name }
        return name.isEmpty ? level : name + " — " + level
    }

    /// An independent statement of the cleaning rules (see BadgeText).
    static func cleaned(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var space = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let isSpace = [0x09, 0x0A, 0x0D, 0x20, 0x85, 0x2028, 0x2029].contains(v)
                || (scalar.properties.generalCategory == .spaceSeparator && ![0xA0, 0x2007, 0x202F].contains(v))
            let dropped = v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
                || (0x2066...0x2069).contains(v) || v == 0xFEFF || (0xFDD0...0xFDEF).contains(v) || v & 0xFFFE == 0xFFFE
            if isSpace {
                space = !scalars.isEmpty
            } else if !dropped {
                if space { scalars.append(" ") }
                space = false
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    @Test("markup characters are escaped and forbidden characters removed, so the title reads back exactly")
    func escaping() throws {
        let name = "A <b>&amp;</b> \"q\" 'a' ]]> \u{1}\u{FFFF}z"
        let svg = String(decoding: BadgeArtwork(achievementID: "urn:x", name: name, level: "<&>").svg(), as: UTF8.self)
        #expect(svg.contains("A &lt;b&gt;&amp;amp;&lt;/b&gt; \"q\" 'a' ]]&gt; z — &lt;&amp;&gt;</title>"))
        #expect(!svg.contains("]]>"))
        #expect(!svg.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test("right-to-left languages get direction=\"rtl\" and unicode-bidi; left-to-right ones neither")
    func directions() {
        for language in ["ar", "he", "fa", "ur", "ps", "yi", "dv", "ckb", "ar-EG", "he_IL", "fa-IR", "pa-Arab", "az-Arab"] {
            let svg = String(decoding: BadgeArtwork(achievementID: "urn:x", name: "x", level: "y", language: language).svg(),
                             as: UTF8.self)
            #expect(svg.contains("direction=\"rtl\" unicode-bidi=\"embed\""), "\(language)")
        }
        for language in ["en", "es", "hi", "zh-Hans", "ar-Latn", "ku", "sd-Deva", "tr"] {
            let svg = String(decoding: BadgeArtwork(achievementID: "urn:x", name: "بناء", level: "y", language: language).svg(),
                             as: UTF8.self)
            #expect(!svg.contains("rtl"), "\(language)")
        }
    }

    @Test("a payload baked into the SVG comes back out unchanged", arguments: [Baker.Version.ob2, .ob3])
    func bakeRoundTrip(_ version: Baker.Version) throws {
        for artwork in [ArtworkSamples.arabic, ArtworkSamples.english, Self.artworks[20]] {
            let svg = artwork.svg()
            let json = version == .ob3 ? BakingSamples.credentialJSON : BakingSamples.assertionJSON
            for payload in [BakedPayload.json(json), .compactJWS(BakingSamples.jws)] {
                let baked = try Baker.bake(image: svg, payload: payload, version: version)
                let unbaked = try BakingSamples.unbaked(baked)
                #expect(unbaked.bytes == payload.bytes)
                #expect(try Baker.removingCredential(from: baked).count < baked.count)
            }
            #expect(try Unbaker.unbake(svg) == .notBaked(.svg))
        }
    }

    @Test("small: a few KB for real names, bounded for hostile ones")
    func sizes() {
        for artwork in Self.artworks {
            let size = artwork.svg().count
            #expect(size < 8_000, "\(artwork.name.prefix(30)): \(size) bytes")
        }
        let huge = BadgeArtwork(achievementID: "urn:x", name: String(repeating: "Ab< ", count: 250_000),
                                level: String(repeating: "é", count: 100_000))
        #expect(huge.svg().count < 12_000)
    }

    @Test("deterministic; different achievements give different designs")
    func determinism() {
        let a = ArtworkSamples.arabic
        #expect(a.svg() == a.svg())
        var designs = Set<String>()
        for index in 0..<60 {
            let svg = String(decoding: BadgeArtwork(achievementID: "urn:d:\(index)", name: "Same", level: "Same").svg(),
                             as: UTF8.self)
            // Everything before the text: frame, colours, dots.
            designs.insert(String(svg.prefix { $0 != "\u{2014}" }.split(separator: "<g font-family").first ?? ""))
        }
        #expect(designs.count == 60)
    }
}
