/// Breaks clusters into lines no wider than a limit, at the break opportunities of ``TextClusters``.
///
/// Widths are in em of the clusters' estimates, so one wrapper serves every font size: the limit is the
/// line's width divided by the font size.
struct LineWrapper {
    let text: TextClusters
    /// prefix[i]: the width of clusters 0..<i.
    private let prefix: [Double]

    init(_ text: TextClusters, scale: Double) {
        self.text = text
        var sums = [0.0]
        sums.reserveCapacity(text.clusters.count + 1)
        for cluster in text.clusters { sums.append((sums.last ?? 0) + cluster.width * scale) }
        prefix = sums
    }

    var count: Int { text.clusters.count }

    /// Width of clusters start..<end, without the spaces at its end.
    func width(_ start: Int, _ end: Int) -> Double {
        prefix[trimmedEnd(start, end)] - prefix[start]
    }

    /// `end` moved back over trailing spaces (not before `start`).
    func trimmedEnd(_ start: Int, _ end: Int) -> Int {
        var end = end
        while end > start && text.clusters[end - 1].kind == .space { end -= 1 }
        return end
    }

    private func skipSpaces(_ index: Int) -> Int {
        var index = index
        while index < count && text.clusters[index].kind == .space { index += 1 }
        return index
    }

    /// The lines (cluster ranges, without surrounding spaces) of the whole text within `maxWidth`, or nil
    /// when that takes more than `maxLines` lines, or when a word is wider than a line and `emergency` is
    /// false. With `emergency`, such a word is broken between clusters.
    func wrap(maxWidth: Double, maxLines: Int, emergency: Bool) -> [Range<Int>]? {
        var lines: [Range<Int>] = []
        var start = skipSpaces(0)
        while start < count {
            if lines.count == maxLines { return nil }
            guard let end = lineEnd(from: start, maxWidth: maxWidth, emergency: emergency) else { return nil }
            lines.append(start..<trimmedEnd(start, end))
            start = skipSpaces(end)
        }
        return lines
    }

    /// Where the line starting at `start` ends: the last break opportunity that fits, or with `emergency`
    /// the last cluster that fits (at least one, so that every line makes progress).
    func lineEnd(from start: Int, maxWidth: Double, emergency: Bool) -> Int? {
        var best: Int?
        var end = start + 1
        while end <= count {
            if end == count || text.canBreak(before: end) {
                // Widths only grow with `end`, so the first opportunity that overflows ends the search.
                if width(start, end) <= maxWidth { best = end } else { break }
            }
            end += 1
        }
        if let best { return best }
        guard emergency else { return nil }
        var fit = start + 1
        while fit < count && prefix[fit + 1] - prefix[start] <= maxWidth { fit += 1 }
        return fit
    }

    /// The narrowest width, down to `floor`, at which the text still wraps into `lines.count` lines: lines
    /// of even length rather than a full line and a short one. Bisection on the width, twelve steps.
    func balanced(_ lines: [Range<Int>], maxWidth: Double) -> [Range<Int>] {
        guard lines.count > 1 else { return lines }
        var low = maxWidth / Double(lines.count)
        var high = maxWidth
        var best = lines
        for _ in 0..<12 {
            let middle = (low + high) / 2
            if let candidate = wrap(maxWidth: middle, maxLines: lines.count, emergency: false) {
                best = candidate
                high = middle
            } else {
                low = middle
            }
        }
        return best
    }
}
