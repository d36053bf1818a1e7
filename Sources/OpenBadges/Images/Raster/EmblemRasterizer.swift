/// Paints emblem layers onto a ``CoverageCanvas`` of `size` × `size` pixels, in order, each pixel's
/// coverage read from the layer's distance field at the pixel centre: 1 well inside, 0 well outside and a
/// linear ramp one pixel wide across the edge. That is the exact area coverage of a straight edge
/// crossing a pixel's centre region, close enough for curves, and costs one distance per edge pixel.
///
/// Most pixels of a badge are far from every edge; each row's run deep inside a layer is filled without
/// computing distances, and pixels beyond a layer's outer radius are skipped, so the cost grows with the
/// length of the edges, not with the area.
enum EmblemRasterizer {
    static func render(_ layers: [EmblemLayer], size: Int, colorCount: Int) -> CoverageCanvas {
        var canvas = CoverageCanvas(width: size, height: size, colorCount: colorCount)
        let scale = 256.0 / Double(size)  // design units per pixel
        for layer in layers { paint(layer, on: &canvas, scale: scale) }
        return canvas
    }

    private static func paint(_ layer: EmblemLayer, on canvas: inout CoverageCanvas, scale: Double) {
        let field = ShapeDistanceField(layer.shape)
        let halfStroke = (layer.stroke?.width ?? 0) / 2
        // Beyond this distance from the edge, fill and stroke coverage are both exactly 0 or 1.
        let margin = halfStroke + scale
        let size = canvas.width
        func pixelRange(_ low: Double, _ high: Double) -> ClosedRange<Int>? {
            let first = max(0, Int(((low - margin) / scale - 0.5).rounded(.down)))
            let last = min(size - 1, Int(((high + margin) / scale - 0.5).rounded(.up)))
            return first <= last ? first...last : nil
        }
        guard let rows = pixelRange(field.minY, field.maxY), let columns = pixelRange(field.minX, field.maxX) else { return }
        let solidRadius = field.innerRadius - margin
        let reach = field.outerRadius + margin
        let reachSquared = reach * reach
        let levels = Double(CoverageCanvas.levels)
        @inline(__always) func coverage(_ distance: Double) -> Int {
            // 0.5 - d/pixel, clamped to [0, 1], in sixteenths.
            Int((min(1, max(0, 0.5 - distance / scale)) * levels).rounded())
        }

        for row in rows {
            let y = (Double(row) + 0.5) * scale
            let dy = y - field.centerY
            // Columns whose centres lie deep inside: filled without distances. Shrunk by a hundredth of a
            // pixel so that rounding can never take in a pixel that is not entirely inside.
            // (An empty run has solidFirst > solidLast.)
            var solidFirst = 1
            var solidLast = 0
            if solidRadius > 0 && dy * dy < solidRadius * solidRadius {
                let halfChord = (solidRadius * solidRadius - dy * dy).squareRoot() - 0.01 * scale
                solidFirst = Int(((field.centerX - halfChord) / scale - 0.5).rounded(.up))
                solidLast = Int(((field.centerX + halfChord) / scale - 0.5).rounded(.down))
            }
            let rowStart = row * size
            for column in columns {
                if column >= solidFirst && column <= solidLast {
                    canvas.fill(rowStart + column, color: layer.fill)
                    continue
                }
                let x = (Double(column) + 0.5) * scale
                let dx = x - field.centerX
                if dx * dx + dy * dy > reachSquared { continue }
                let distance = field.distance(x, y)
                canvas.paint(rowStart + column, color: layer.fill, coverage: coverage(distance))
                if let stroke = layer.stroke {
                    canvas.paint(rowStart + column, color: stroke.color, coverage: coverage(abs(distance) - halfStroke))
                }
            }
        }
    }
}
