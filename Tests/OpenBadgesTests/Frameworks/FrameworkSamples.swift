import Foundation
import OpenBadges
import TestSupport

/// Frameworks for tests: the project's example, and generated ones (deep, wide, in many scripts).
enum FrameworkSamples {
    static func projectFile(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: Vectors.projectRoot.appendingPathComponent(path)))
    }

    static func example() throws -> SkillsFramework {
        try SkillsFramework(json: try JSON.parse(try projectFile("examples/framework.json")))
    }

    /// Names in several scripts and directions, with combining marks, emoji and characters JSON escapes.
    static let unicodeNames: [LocalizedText] = [
        ["en": "Café organising", "fr": "Organisation de cafés", "ar": "تنظيم المقاهي", "ja": "カフェの運営"],
        ["en": "Naïve \"quoted\" text\\slash", "he": "טקסט בעברית", "zh-Hant": "社區組織"],
        ["en": "Emoji 🤝 partnerships", "hi": "साझेदारी", "el": "Συνεργασίες", "ru": "Партнёрства"],
        // The same letter precomposed and decomposed: two different byte strings.
        ["en": "e\u{0301}tude", "fr": "\u{00E9}tude", "fa": "مطالعه\u{200C}ها"],
    ]

    /// A framework of `depth` levels under one root (a chain), plus `width` siblings at each level, with
    /// related links across the tree and Unicode texts; ids are stable for a given shape.
    static func generated(depth: Int, width: Int, seed: Int = 1) -> SkillsFramework {
        var items: [FrameworkItem] = []
        var parent: String?
        var counter = 0
        for level in 0..<depth {
            var chainNext: String?
            for sibling in 0..<max(width, 1) {
                counter += 1
                let id = "00000000-0000-4000-8000-\(String(format: "%012d", seed * 1_000_000 + counter))"
                let names = unicodeNames[(counter + seed) % unicodeNames.count]
                var name = LocalizedText()
                for language in names.languages { name[language] = (names[language] ?? "") + " \(level).\(sibling)" }
                var description = LocalizedText()
                if sibling % 2 == 0 { description["en"] = "Level \(level), sibling \(sibling): “curly” and <angle> & ampersand" }
                var item = FrameworkItem(id: id, uri: "https://example.org/frameworks/gen/\(id)", code: "G\(level).\(sibling)",
                                         name: name, description: description,
                                         itemType: sibling == 0 ? "Competency" : nil, parent: parent,
                                         levels: sibling % 3 == 0 ? ["basic", "advanced"] : [])
                if let previous = items.last, sibling > 0 { item.related = [previous.id] }
                items.append(item)
                if sibling == 0 { chainNext = id }
            }
            parent = chainNext
        }
        return SkillsFramework(
            id: "00000000-0000-4000-8000-\(String(format: "%012d", seed))", uri: "https://example.org/frameworks/gen",
            defaultLanguage: "en", title: ["en": "Generated \(depth)×\(width)", "ar": "إطار مُولَّد", "es": "Marco generado"],
            description: ["en": "Generated for tests."], creator: "Laurel tests", version: "\(seed)",
            lastChangeDateTime: "2026-01-01T00:00:00Z",
            levels: [FrameworkLevel(key: "basic", id: "00000000-0000-4000-9000-000000000001", uri: "https://example.org/levels/basic",
                                    name: ["en": "Basic", "ar": "أساسي"]),
                     FrameworkLevel(key: "advanced", id: "00000000-0000-4000-9000-000000000002", uri: "https://example.org/levels/advanced",
                                    name: ["en": "Advanced", "ar": "متقدم"], description: ["en": "Beyond basic."])],
            items: items)
    }
}
