/// A text cut into grapheme clusters (what a reader sees as one character), each with its estimated width
/// and what it allows around it: the units the line breaker works in, so no cluster is ever split.
struct TextClusters {
    struct Cluster {
        let text: Character
        /// Estimated advance in em (regular weight).
        let width: Double
        let kind: BreakKind
    }

    /// How a cluster takes part in line breaking: a simplified UAX #14. Latin, Arabic, Devanagari and most
    /// scripts break at spaces; after hyphens, dashes, slashes and zero-width spaces; Chinese and Japanese
    /// between ideographs, except before closing punctuation and small kana and after opening brackets.
    /// Scripts written without spaces between words (Thai, Khmer) need a dictionary and break only when a
    /// word is wider than the line.
    enum BreakKind: Equatable {
        case space, breakAfter, ideographic, opening, closing, other
    }

    let clusters: [Cluster]
    /// True when the text had more clusters than were kept.
    let truncated: Bool

    /// Clusters longer than this many scalars are cut: no writing system needs more (an emoji family is 7,
    /// a Tibetan stack fewer than 10), and a "cluster" of thousands of combining marks must stay cheap.
    static let maxScalarsPerCluster = 32

    /// The first `limit` clusters of `text`.
    init(_ text: String, limit: Int) {
        var clusters: [Cluster] = []
        var truncated = false
        for character in text {
            if clusters.count >= limit {
                truncated = true
                break
            }
            var kept = character
            if character.unicodeScalars.count > Self.maxScalarsPerCluster {
                var scalars = String.UnicodeScalarView()
                scalars.append(contentsOf: character.unicodeScalars.prefix(Self.maxScalarsPerCluster))
                kept = String(scalars).first ?? character
            }
            clusters.append(Cluster(text: kept, width: GlyphWidths.width(of: kept), kind: Self.kind(of: kept)))
        }
        self.clusters = clusters
        self.truncated = truncated
    }

    private static func kind(of cluster: Character) -> BreakKind {
        guard let first = cluster.unicodeScalars.first else { return .other }
        let value = first.value
        switch value {
        case 0x20: return .space
        case 0x2D, 0x2F, 0x05BE, 0x2010, 0x2013, 0x2014, 0x200B: return .breakAfter
        case 0x28, 0x5B, 0x7B, 0x3008, 0x300A, 0x300C, 0x300E, 0x3010, 0x3014, 0x3016, 0x3018, 0x301A, 0x301D,
            0xFF08, 0xFF3B, 0xFF5B, 0xFF62:
            return .opening
        case 0x21, 0x29, 0x2C, 0x2E, 0x3A, 0x3B, 0x3F, 0x5D, 0x7D, 0x3001, 0x3002, 0x3005, 0x3009, 0x300B, 0x300D,
            0x300F, 0x3011, 0x3015, 0x3017, 0x3019, 0x301B, 0x301E, 0x301F, 0x303B, 0x309D, 0x309E, 0x30FB...0x30FE,
            0xFF01, 0xFF09, 0xFF0C, 0xFF0E, 0xFF1A, 0xFF1B, 0xFF1F, 0xFF3D, 0xFF5D, 0xFF61, 0xFF63, 0xFF64:
            return .closing
        // Small kana: Japanese does not start a line with them.
        case 0x3041, 0x3043, 0x3045, 0x3047, 0x3049, 0x3063, 0x3083, 0x3085, 0x3087, 0x308E, 0x3095, 0x3096,
            0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9, 0x30C3, 0x30E3, 0x30E5, 0x30E7, 0x30EE, 0x30F5, 0x30F6,
            0x31F0...0x31FF:
            return .closing
        case 0x2E80...0x2FFF, 0x3040...0x30FF, 0x3100...0x31EF, 0x3200...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xF900...0xFAFF, 0xFF00...0xFFEF, 0x1B000...0x1B2FF, 0x1F000...0x1FAFF, 0x20000...0x3FFFD:
            return .ideographic
        default:
            return value >= 0x231A && first.properties.isEmojiPresentation ? .ideographic : .other
        }
    }

    /// Whether a line may end before cluster `index` (0 < index < count).
    func canBreak(before index: Int) -> Bool {
        let previous = clusters[index - 1].kind
        let next = clusters[index].kind
        if next == .space || next == .closing || previous == .opening { return false }
        if previous == .space || previous == .breakAfter { return true }
        return previous == .ideographic || next == .ideographic || (previous == .closing && next == .opening)
    }
}
