/// A canonical Huffman code (RFC 1951, section 3.2.2): the code of every symbol follows from the code
/// lengths alone, which is all a dynamic block has to send.
struct HuffmanEncoder {
    /// Code length of each symbol; 0 for a symbol that does not occur.
    let lengths: [UInt8]
    /// Code of each symbol, bit-reversed so that ``BitWriter`` can write it LSB first.
    let reversedCodes: [UInt32]

    /// The canonical code for `lengths` (each at most 15, together a prefix code).
    init(lengths: [UInt8]) {
        self.lengths = lengths
        var countPerLength = [Int](repeating: 0, count: 16)
        for length in lengths where length > 0 { countPerLength[Int(length)] += 1 }
        var nextCode = [UInt32](repeating: 0, count: 16)
        var code: UInt32 = 0
        for length in 1..<16 {
            code = (code + UInt32(countPerLength[length - 1])) << 1
            nextCode[length] = code
        }
        var codes = [UInt32](repeating: 0, count: lengths.count)
        for (symbol, length) in lengths.enumerated() where length > 0 {
            codes[symbol] = Self.reversed(nextCode[Int(length)], width: Int(length))
            nextCode[Int(length)] += 1
        }
        reversedCodes = codes
    }

    /// Optimal-or-nearly code lengths for `frequencies`, none longer than `limit`, forming a complete code.
    ///
    /// A Huffman tree is built; when it is deeper than `limit`, the frequencies are halved (rounding up, so
    /// no used symbol disappears) and the tree rebuilt, which flattens it. This ends at the latest when
    /// every frequency is 1, where the depth is log2 of the symbol count (9 for the 288 literal/length
    /// symbols, 5 for the 19 code-length symbols, both within their limits). A code with a single used
    /// symbol gets a second, unused one of the same length: decoders such as zlib refuse incomplete codes.
    static func lengths(frequencies: [Int], limit: Int) -> [UInt8] {
        var weights = frequencies
        while true {
            let used = weights.indices.filter { weights[$0] > 0 }
            var lengths = [UInt8](repeating: 0, count: weights.count)
            if used.isEmpty { return lengths }
            if used.count == 1 {
                lengths[used[0]] = 1
                lengths[used[0] == 0 ? 1 : 0] = 1
                return lengths
            }
            let depths = treeDepths(weights: used.map { weights[$0] })
            if let deepest = depths.max(), deepest <= limit {
                for (position, symbol) in used.enumerated() { lengths[symbol] = UInt8(depths[position]) }
                return lengths
            }
            weights = weights.map { $0 == 0 ? 0 : ($0 + 1) / 2 }
        }
    }

    /// Leaf depths of a Huffman tree over `weights` (at least two), in the order given.
    ///
    /// Two queues: the leaves sorted by weight, and the internal nodes, which are created in order of
    /// non-decreasing weight; the two lightest nodes are always at the fronts. Ties go to leaves and then
    /// to lower positions, so the result depends only on the weights.
    private static func treeDepths(weights: [Int]) -> [Int] {
        let leafCount = weights.count
        let order = weights.indices.sorted { (weights[$0], $0) < (weights[$1], $1) }
        // Nodes 0..<leafCount are the leaves in `order`; internal nodes follow in creation order.
        var nodeWeight = order.map { weights[$0] }
        var parent = [Int](repeating: -1, count: 2 * leafCount - 1)
        nodeWeight.reserveCapacity(2 * leafCount - 1)
        var nextLeaf = 0
        var nextInternal = leafCount
        func takeLightest() -> Int {
            let internalReady = nextInternal < nodeWeight.count
            if nextLeaf < leafCount && (!internalReady || nodeWeight[nextLeaf] <= nodeWeight[nextInternal]) {
                nextLeaf += 1
                return nextLeaf - 1
            }
            nextInternal += 1
            return nextInternal - 1
        }
        for _ in 0..<(leafCount - 1) {
            let first = takeLightest()
            let second = takeLightest()
            let node = nodeWeight.count
            nodeWeight.append(nodeWeight[first] + nodeWeight[second])
            parent[first] = node
            parent[second] = node
        }
        // Parents are created after their children, so walking from the root down fills every depth.
        var depth = [Int](repeating: 0, count: nodeWeight.count)
        for node in stride(from: nodeWeight.count - 2, through: 0, by: -1) { depth[node] = depth[parent[node]] + 1 }
        var result = [Int](repeating: 0, count: leafCount)
        for (position, original) in order.enumerated() { result[original] = depth[position] }
        return result
    }

    private static func reversed(_ code: UInt32, width: Int) -> UInt32 {
        var input = code
        var output: UInt32 = 0
        for _ in 0..<width {
            output = output << 1 | (input & 1)
            input >>= 1
        }
        return output
    }
}
