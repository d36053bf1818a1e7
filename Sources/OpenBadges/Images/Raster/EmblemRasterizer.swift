/// Paints emblem layers onto a ``CoverageCanvas`` of `size` × `size` pixels, in order, each pixel's
/// coverage read from the layer's distance field at the pixel centre: 1 well inside, 0 well outside and a
/// linear ramp one pixel wide across the edge. That is the exact area coverage of a straight edge
/// crossing a pixel's centre region, close enough for curves, and costs one distance per edge pixel.
///
/// Most pixels of a badge are far from every edge. In each row, the columns within a layer's outer
/// radius are computed from the circle equation, and the run deep inside its inner radius is filled
/// without computing distances, so the cost grows with the length of the edges, not with the area.
enum EmblemRasterizer {
    static func render(_ layers: [EmblemLayer], size: Int) -> CoverageCanvas {
        var canvas = CoverageCanvas(width: size, height: size)
        let scale = 256.0 / Double(size)  // design units per pixel
        canvas.withStates { states in
            for layer in layers { paint(layer, on: states, size: size, scale: scale) }
        }
        return canvas
    }

    private static func paint(_ layer: EmblemLayer, on states: UnsafeMutableBufferPointer<UInt16>, size: Int, scale: Double) {
        guard let pixels = states.baseAddress, states.count >= size * size else { return }
        let field = ShapeDistanceField(layer.shape)
        let halfStroke = (layer.stroke?.width ?? 0) / 2
        let strokeColor = layer.stroke?.color ?? 0
        let hasStroke = layer.stroke != nil
        // Beyond this distance from the edge, fill and stroke coverage are both exactly 0 or 1.
        let margin = halfStroke + scale
        // Pixel (column, row) has its centre at ((column + 0.5)·scale, (row + 0.5)·scale).
        func firstPixel(atOrAfter x: Double) -> Int { ArtworkMath.ceil(x / scale - 0.5) }
        func lastPixel(atOrBefore x: Double) -> Int { ArtworkMath.floor(x / scale - 0.5) }
        let firstRow = max(0, firstPixel(atOrAfter: field.minY - margin))
        let lastRow = min(size - 1, lastPixel(atOrBefore: field.maxY + margin))
        let firstColumn = max(0, firstPixel(atOrAfter: field.minX - margin))
        let lastColumn = min(size - 1, lastPixel(atOrBefore: field.maxX + margin))
        guard firstRow <= lastRow, firstColumn <= lastColumn else { return }
        let solidRadius = field.innerRadius - margin
        let reach = field.outerRadius + margin
        let solidState = CoverageCanvas.solid(layer.fill)
        let levels = Double(CoverageCanvas.levels)
        @inline(__always) func coverage(_ distance: Double) -> Int {
            // 0.5 - d/pixel, clamped to [0, 1], in sixteenths, rounded to nearest (the value is not negative).
            Int(min(1, max(0, 0.5 - distance / scale)) * levels + 0.5)
        }

        field.table.withUnsafeBufferPointer { table in
            for row in firstRow...lastRow {
                let y = (Double(row) + 0.5) * scale
                let dy = y - field.centerY
                var from = firstColumn
                var to = lastColumn
                if reach.isFinite {
                    let remaining = reach * reach - dy * dy
                    if remaining < 0 { continue }
                    let half = remaining.squareRoot()
                    from = max(from, firstPixel(atOrAfter: field.centerX - half))
                    to = min(to, lastPixel(atOrBefore: field.centerX + half))
                }
                guard from <= to else { continue }
                // Columns whose centres lie deep inside, shrunk by a hundredth of a pixel so that rounding
                // never takes in a pixel that is not entirely inside. An empty run has solidFrom > solidTo.
                var solidFrom = to + 1
                var solidTo = to
                if solidRadius > 0 && dy * dy < solidRadius * solidRadius {
                    let half = (solidRadius * solidRadius - dy * dy).squareRoot() - 0.01 * scale
                    solidFrom = max(from, firstPixel(atOrAfter: field.centerX - half))
                    solidTo = min(to, lastPixel(atOrBefore: field.centerX + half))
                }
                let rowPixels = pixels + row * size
                var column = from
                while column <= to {
                    if column == solidFrom && solidFrom <= solidTo {
                        for inside in solidFrom...solidTo { rowPixels[inside] = solidState }
                        column = solidTo + 1
                        continue
                    }
                    let x = (Double(column) + 0.5) * scale
                    let distance = field.distance(x, y, table: table)
                    let pixel = rowPixels + column
                    CoverageCanvas.paint(pixel, color: layer.fill, coverage: coverage(distance))
                    if hasStroke {
                        CoverageCanvas.paint(pixel, color: strokeColor, coverage: coverage(abs(distance) - halfStroke))
                    }
                    column += 1
                }
            }
        }
    }
}
