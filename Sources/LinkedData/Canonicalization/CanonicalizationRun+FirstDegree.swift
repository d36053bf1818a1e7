extension CanonicalizationRun {
    /// Hash First Degree Quads (RDFC-1.0 §4.6): the hash of the sorted lines of the quads that mention
    /// `node`, with `node` written `_:a` and every other blank node `_:z`. Appends it to `firstDegreeHashes`.
    mutating func appendFirstDegreeHash(of node: Int) {
        lineRanges.removeAll(keepingCapacity: true)
        data.writeLines(
            data.mentionQuads[data.mentionStart[node]..<data.mentionStart[node + 1]],
            labels: .firstDegree(reference: node), into: &lines, ranges: &lineRanges)
        if lineRanges.count == 1 {
            digest.append(hashOf: lines, to: &firstDegreeHashes)
            return
        }
        ByteOrder.sort(&lineRanges, of: lines)
        hashInput.removeAll(keepingCapacity: true)
        for range in lineRanges { hashInput.append(contentsOf: lines[range]) }
        digest.append(hashOf: hashInput, to: &firstDegreeHashes)
    }
}
