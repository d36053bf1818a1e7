/// Places the name and the level on the badge: the name in at most three centred lines inside the field
/// (the light disc), as large as fits, from 26 down to 9 units on the 256-unit badge; the level in one
/// line on the ribbon, from 15 down to 9. A name or level that does not fit at the smallest size is cut
/// after the last cluster that fits, with an ellipsis.
struct BadgeTextLayout {
    struct Line: Equatable {
        /// The line's text, cleaned; ends with "…" when the name was cut there.
        let text: String
        /// The baseline, in design units.
        let baseline: Double
    }

    let nameLines: [Line]
    let nameFontSize: Double
    let levelLine: Line?
    let levelFontSize: Double

    static let nameSizes: [Double] = [26, 24, 22, 20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9]
    static let levelSizes: [Double] = [15, 14, 13, 12, 11, 10, 9]
    static let maxNameLines = 3
    static let lineHeight = 1.22
    /// Clusters looked at: three lines at the smallest size hold fewer than this, even of narrow letters.
    static let maxClusters = 320
    /// Baseline below the centre of a line, in em: about half the height of capitals.
    static let baselineOffset = 0.36
    /// Text stays this far inside the field's edge.
    static let fieldPadding = 8.0
    static let ellipsis: Character = "…"

    init(name: String, level: String?) {
        let hasLevel = level.map { !$0.isEmpty } ?? false
        let field = BadgeDesign.fieldRadius - Self.fieldPadding
        // With a ribbon, the name sits higher and must end above the ribbon.
        let blockCenter = hasLevel ? 114.0 : 128.0
        let bottomLimit = hasLevel ? BadgeDesign.ribbonTop - 4 : 256.0

        let clusters = TextClusters(name, limit: Self.maxClusters)
        let wrapper = LineWrapper(clusters, scale: GlyphWidths.bold)
        var placed: (lines: [Range<Int>], size: Double, cut: Bool)?
        if !clusters.truncated {
            search: for size in Self.nameSizes {
                for count in 1...Self.maxNameLines {
                    guard let width = Self.availableWidth(lines: count, size: size, center: blockCenter,
                                                          radius: field, bottomLimit: bottomLimit) else { continue }
                    if let lines = wrapper.wrap(maxWidth: width / size, maxLines: count, emergency: false) {
                        placed = (wrapper.balanced(lines, maxWidth: width / size), size, false)
                        break search
                    }
                }
            }
        }
        if placed == nil, let size = Self.nameSizes.last {
            // Nothing fits whole: the smallest size, words broken if need be, the rest cut with an ellipsis.
            let count = Self.maxNameLines
            let width = Self.availableWidth(lines: count, size: size, center: blockCenter, radius: field,
                                            bottomLimit: bottomLimit) ?? 0
            placed = (Self.truncatedLines(wrapper, maxWidth: width / size, maxLines: count, forceEllipsis: clusters.truncated),
                      size, true)
        }
        let (ranges, size, _) = placed ?? ([], Self.nameSizes[0], false)
        let total = wrapper.count
        nameFontSize = size
        nameLines = ranges.enumerated().map { index, range in
            let lineTop = blockCenter - Double(ranges.count) * size * Self.lineHeight / 2
            let center = lineTop + (Double(index) + 0.5) * size * Self.lineHeight
            var text = String(clusters.clusters[range].map(\.text))
            // The last line of a cut name ends in an ellipsis.
            if index == ranges.count - 1 && (range.upperBound < wrapper.trimmedEnd(0, total) || clusters.truncated) {
                text.append(Self.ellipsis)
            }
            return Line(text: text, baseline: center + Self.baselineOffset * size)
        }

        // The level: one line on the ribbon.
        if let level, hasLevel {
            let levelClusters = TextClusters(level, limit: Self.maxClusters)
            let levelWrapper = LineWrapper(levelClusters, scale: GlyphWidths.bold)
            let width = BadgeDesign.ribbonRight - BadgeDesign.ribbonLeft - 2 * (9 + 10)
            var chosen = Self.levelSizes.last ?? 9
            var text = ""
            var fitted = false
            if !levelClusters.truncated {
                for size in Self.levelSizes where levelWrapper.width(0, levelWrapper.count) <= width / size {
                    chosen = size
                    text = String(levelClusters.clusters.map(\.text))
                    fitted = true
                    break
                }
            }
            if !fitted {
                let lines = Self.truncatedLines(levelWrapper, maxWidth: width / chosen, maxLines: 1,
                                                forceEllipsis: levelClusters.truncated)
                text = lines.first.map { String(levelClusters.clusters[$0].map(\.text)) + String(Self.ellipsis) } ?? ""
            }
            let middle = (BadgeDesign.ribbonTop + BadgeDesign.ribbonBottom) / 2
            levelFontSize = chosen
            levelLine = text.isEmpty ? nil : Line(text: text, baseline: middle + Self.baselineOffset * chosen)
        } else {
            levelFontSize = Self.levelSizes[0]
            levelLine = nil
        }
    }

    /// The width of the narrowest of `lines` lines of `size` centred at `center` inside a circle of
    /// `radius` about the badge's centre, or nil when the block does not fit vertically.
    static func availableWidth(lines: Int, size: Double, center: Double, radius: Double, bottomLimit: Double) -> Double? {
        let half = Double(lines) * size * lineHeight / 2
        let top = center - half
        let bottom = center + half
        guard bottom <= bottomLimit else { return nil }
        let reach = max(abs(top - EmblemShape.center), abs(bottom - EmblemShape.center))
        guard reach < radius else { return nil }
        return 2 * (radius * radius - reach * reach).squareRoot()
    }

    /// Up to `maxLines` lines, words broken when they must be; when text remains (or `forceEllipsis`), the
    /// last line is shortened until an ellipsis fits after it. The ellipsis itself is added by the caller.
    static func truncatedLines(_ wrapper: LineWrapper, maxWidth: Double, maxLines: Int, forceEllipsis: Bool) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        while start < wrapper.count && wrapper.text.clusters[start].kind == .space { start += 1 }
        let ellipsisWidth = GlyphWidths.width(of: ellipsis) * GlyphWidths.bold
        while start < wrapper.count && lines.count < maxLines {
            let last = lines.count == maxLines - 1
            guard let end = wrapper.lineEnd(from: start, maxWidth: maxWidth, emergency: true) else { break }
            if last && (end < wrapper.count || forceEllipsis) {
                // Room for the ellipsis: give back clusters from the end of the last line.
                var cut = wrapper.trimmedEnd(start, end)
                while cut > start + 1 && wrapper.width(start, cut) + ellipsisWidth > maxWidth { cut -= 1 }
                lines.append(start..<wrapper.trimmedEnd(start, cut))
                return lines
            }
            lines.append(start..<wrapper.trimmedEnd(start, end))
            start = end
            while start < wrapper.count && wrapper.text.clusters[start].kind == .space { start += 1 }
        }
        return lines
    }
}
