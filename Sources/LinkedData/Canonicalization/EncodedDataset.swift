/// The input dataset prepared for canonicalization: every IRI and literal serialized once, in canonical
/// N-Quads form, into one byte arena; blank nodes numbered in order of first appearance; and, for each
/// blank node, the quads that mention it (RDFC-1.0's "blank node to quads map").
///
/// Every later step writes lines by copying arena bytes and blank node labels, never by formatting terms
/// again.
struct EncodedDataset {
    /// One component of a quad: bytes of the arena, a blank node, or no graph name.
    struct Slot {
        /// A start offset into the arena, or `blank`/`absent`.
        let start: Int
        /// The end offset into the arena, or the blank node number.
        let end: Int

        static let blank = -1
        static let absent = -2

        var isBlank: Bool { start == Slot.blank }
        var isAbsent: Bool { start == Slot.absent }
    }

    /// Canonical N-Quads bytes of every IRI and literal of the dataset, including `<>` and quotes.
    private(set) var arena: [UInt8] = []
    /// Four slots per quad: subject, predicate, object, graph name.
    private(set) var slots: [Slot] = []
    /// The input label of each blank node, by number.
    private(set) var blankNodeLabels: [String] = []
    /// Quads mentioning blank node n are `mentionQuads[mentionStart[n]..<mentionStart[n + 1]]`, in input
    /// order, each once even when it mentions n twice.
    private(set) var mentionStart: [Int] = []
    private(set) var mentionQuads: [Int] = []

    var quadCount: Int { slots.count / 4 }
    var blankNodeCount: Int { blankNodeLabels.count }

    init(_ quads: [RDFQuad]) throws(RDFCanonicalizationError) {
        slots.reserveCapacity(quads.count * 4)
        arena.reserveCapacity(quads.count * 96)
        var numbers = BlankNodeNumbering()
        var mentionCounts: [Int] = []
        try quads.withUnsafeBufferPointer { quads throws(RDFCanonicalizationError) in
            // Terms are borrowed from the buffer one at a time: copying whole quads cost retains.
            for index in quads.indices {
                let subject = try encode(quads[index].subject, .subject, index, &numbers)
                let predicate = try encode(quads[index].predicate, .predicate, index, &numbers)
                let object = try encode(quads[index].object, .object, index, &numbers)
                var graph = Slot(start: Slot.absent, end: 0)
                if let term = quads[index].graph { graph = try encode(term, .graph, index, &numbers) }
                slots.append(subject)
                slots.append(predicate)
                slots.append(object)
                slots.append(graph)
                if mentionCounts.count < blankNodeLabels.count {
                    mentionCounts.append(contentsOf: repeatElement(0, count: blankNodeLabels.count - mentionCounts.count))
                }
                Self.forEachMention(subject, object, graph) { mentionCounts[$0] += 1 }
            }
        }
        // Counting first lets the map live in two flat arrays instead of one array per blank node.
        mentionStart = [Int](repeating: 0, count: blankNodeLabels.count + 1)
        for node in 0..<blankNodeLabels.count { mentionStart[node + 1] = mentionStart[node] + mentionCounts[node] }
        mentionQuads = [Int](repeating: 0, count: mentionStart[blankNodeLabels.count])
        var next = mentionStart
        for quad in 0..<quads.count {
            Self.forEachMention(slots[quad * 4], slots[quad * 4 + 2], slots[quad * 4 + 3]) { node in
                mentionQuads[next[node]] = quad
                next[node] += 1
            }
        }
    }

    /// Calls `body` once for each distinct blank node among a quad's subject, object and graph name.
    @inline(__always)
    private static func forEachMention(_ subject: Slot, _ object: Slot, _ graph: Slot, _ body: (Int) -> Void) {
        if subject.isBlank { body(subject.end) }
        if object.isBlank, !(subject.isBlank && subject.end == object.end) { body(object.end) }
        if graph.isBlank, !(subject.isBlank && subject.end == graph.end), !(object.isBlank && object.end == graph.end) {
            body(graph.end)
        }
    }

    private mutating func encode(
        _ term: RDFTerm, _ component: NQuadsSerializationError.Component, _ index: Int,
        _ numbers: inout BlankNodeNumbering
    ) throws(RDFCanonicalizationError) -> Slot {
        if case .blankNode(let label) = term, component != .predicate {
            let number = numbers.number(for: label, labels: &blankNodeLabels)
            return Slot(start: Slot.blank, end: number)
        }
        let start = arena.count
        do {
            try CanonicalNQuadsWriter.append(term, as: component, index: index, to: &arena)
        } catch {
            throw RDFCanonicalizationError(.invalidQuad, error.description, quadIndex: index)
        }
        return Slot(start: start, end: arena.count)
    }
}
