extension CanonicalizationRun {
    enum Serialization {
        /// The serialized canonical form, and for each of its lines the index of its quad.
        case canonical(nquads: [UInt8], lineOrder: [Int])
        /// The input had duplicate quads: the indices of the quads to keep, in input order.
        case duplicates(unique: [Int])
    }

    /// RDFC-1.0 §5: every quad in canonical form with its canonical labels, sorted in code point order.
    mutating func serializeCanonicalForm() -> Serialization {
        let quadCount = data.quadCount
        lineRanges.removeAll(keepingCapacity: true)
        lineRanges.reserveCapacity(quadCount)
        data.writeLines(0..<quadCount, labels: .canonical(canonicalNumber), into: &lines, ranges: &lineRanges)
        let order = ByteOrder.order(of: lineRanges, in: lines)
        var hasDuplicates = false
        lines.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return }
            for index in order.indices.dropFirst()
            where ByteOrder.equal(base, lineRanges[order[index - 1]], lineRanges[order[index]]) {
                hasDuplicates = true
                break
            }
        }
        if hasDuplicates { return .duplicates(unique: uniqueQuads(sortedOrder: order)) }
        // The lines cover `lines` exactly, so the sorted copy fills the output exactly.
        let nquads = [UInt8](unsafeUninitializedCapacity: lines.count) { output, initialized in
            lines.withUnsafeBufferPointer { source in
                guard let from = source.baseAddress, let to = output.baseAddress else { return }
                for quad in order {
                    let range = lineRanges[quad]
                    (to + initialized).initialize(from: from + range.lowerBound, count: range.count)
                    initialized += range.count
                }
            }
        }
        return .canonical(nquads: nquads, lineOrder: order)
    }

    /// The first quad of each run of equal lines, in input order.
    private func uniqueQuads(sortedOrder order: [Int]) -> [Int] {
        var keep: [Int] = []
        lines.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return }
            for (index, quad) in order.enumerated() {
                if index > 0, ByteOrder.equal(base, lineRanges[order[index - 1]], lineRanges[quad]) { continue }
                keep.append(quad)
            }
        }
        return keep.sorted()
    }
}
