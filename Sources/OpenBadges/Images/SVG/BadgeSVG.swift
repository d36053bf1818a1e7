/// Writes the SVG badge: the emblem, the ribbon and the text, as a standalone UTF-8 document.
///
/// - The root carries `xml:lang` (and SVG 2's `lang`) from the language tag, `role="img"` and
///   `aria-labelledby` pointing at a `<title>` with the whole name and level, for screen readers.
/// - Text uses the generic `system-ui, sans-serif` stack, so the viewer's own fonts render whatever script
///   the name is in, and nothing is downloaded. Right-to-left languages get `direction="rtl"` with
///   `unicode-bidi="embed"` on each line; lines are centred (`text-anchor="middle"`), so the direction
///   decides the order of the words, not where the line sits.
/// - Ids carry a tag derived from the achievement, so that several badges inlined in one HTML page do not
///   clash.
enum BadgeSVG {
    /// Clusters of the name kept in the title: a screen reader reads the title in full.
    static let maxTitleClusters = 300

    static func write(_ artwork: BadgeArtwork) -> [UInt8] {
        let design = artwork.design
        let name = BadgeText.cleaned(artwork.name)
        let level = artwork.level.map { BadgeText.cleaned($0) }
        let tag = LanguageTag(artwork.language)
        let direction = tag.direction ?? TextDirection.firstStrong(in: name.text) ?? .leftToRight
        let layout = BadgeTextLayout(name: name.text, level: level?.text)
        let palette = design.palette

        var svg = SVGWriter(capacity: 4_096 + name.text.utf8.count)
        svg.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"")
        svg.raw(" width=\"256\" height=\"256\" viewBox=\"0 0 256 256\" role=\"img\"")
        let titleID = "badge-title-" + design.tag
        svg.attribute("aria-labelledby", titleID)
        if let language = tag.value {
            svg.attribute("xml:lang", language)
            svg.attribute("lang", language)
        }
        svg.raw(">\n<title")
        svg.attribute("id", titleID)
        svg.raw(">")
        svg.text(title(name: name, level: level?.text))
        svg.raw("</title>\n<g stroke-linejoin=\"round\">\n")

        var dotsOpen = false
        for layer in design.frame {
            // The ring of dots shares one colour: one group instead of a fill on each.
            let isDot: Bool
            if case .disc(let x, let y, _) = layer.shape, x != EmblemShape.center || y != EmblemShape.center {
                isDot = true
            } else {
                isDot = false
            }
            if isDot && !dotsOpen {
                svg.raw("<g")
                svg.attribute("fill", SVGShapes.color(layer.fill, palette))
                svg.raw(">")
                dotsOpen = true
            } else if !isDot && dotsOpen {
                svg.raw("</g>\n")
                dotsOpen = false
            }
            SVGShapes.write(layer, palette: palette, to: &svg, fill: !isDot)
            if !isDot { svg.raw("\n") }
        }
        if dotsOpen { svg.raw("</g>\n") }
        if layout.levelLine != nil {
            SVGShapes.write(design.ribbon, palette: palette, to: &svg)
            svg.raw("\n")
        }
        svg.raw("</g>\n")

        svg.raw("<g font-family=\"system-ui, sans-serif\" text-anchor=\"middle\"")
        if direction == .rightToLeft { svg.raw(" direction=\"rtl\"") }
        svg.raw(">\n")
        for line in layout.nameLines {
            textLine(line, size: layout.nameFontSize, weight: "700", color: SVGShapes.color(BadgeDesign.inkColor, palette),
                     direction: direction, to: &svg)
        }
        if let line = layout.levelLine {
            textLine(line, size: layout.levelFontSize, weight: "600",
                     color: SVGShapes.color(BadgeDesign.ribbonInkColor, palette), direction: direction, to: &svg)
        }
        svg.raw("</g>\n</svg>\n")
        return svg.bytes
    }

    private static func textLine(
        _ line: BadgeTextLayout.Line, size: Double, weight: String, color: String, direction: TextDirection,
        to svg: inout SVGWriter
    ) {
        svg.raw("<text x=\"128\"")
        svg.attribute("y", line.baseline)
        svg.attribute("font-size", size)
        svg.attribute("font-weight", weight)
        svg.attribute("fill", color)
        // direction is inherited from the group; unicode-bidi is not, and makes it the line's base direction.
        if direction == .rightToLeft { svg.raw(" direction=\"rtl\" unicode-bidi=\"embed\"") }
        svg.raw(">")
        svg.text(line.text)
        svg.raw("</text>\n")
    }

    /// "Name — Level", the name cut (with an ellipsis) after ``maxTitleClusters`` clusters.
    private static func title(name: (text: String, truncated: Bool), level: String?) -> String {
        let text = name.text
        let end = text.index(text.startIndex, offsetBy: maxTitleClusters, limitedBy: text.endIndex) ?? text.endIndex
        var title = String(text[..<end])
        if end < text.endIndex || name.truncated { title.append("…") }
        if let level, !level.isEmpty {
            var levelText = ""
            for character in level.prefix(maxTitleClusters) { levelText.append(character) }
            title += title.isEmpty ? levelText : " — " + levelText
        }
        return title
    }
}
