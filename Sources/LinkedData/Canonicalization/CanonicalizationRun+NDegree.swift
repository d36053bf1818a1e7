extension CanonicalizationRun {
    /// Hash N-Degree Quads (RDFC-1.0 §4.8): a hash of `node` that takes in every blank node connected to
    /// it, choosing the least "gossip path" over all orderings of related blank nodes that share a hash.
    /// Updates `issuer` to the temporary identifiers of the chosen path and returns the hash in hex.
    ///
    /// This is the only step that can grow exponentially, so each call, permutation and related hash
    /// is counted against `limits`.
    mutating func hashNDegreeQuads(
        _ node: Int, issuer: inout IdentifierIssuer, depth: Int
    ) throws(RDFCanonicalizationError) -> [UInt8] {
        nDegreeCalls += 1
        guard nDegreeCalls <= limits.maxHashNDegreeCalls else { throw .limit(.maxHashNDegreeCalls, limits) }
        guard depth <= limits.maxRecursionDepth else { throw .limit(.maxRecursionDepth, limits) }
        deepestRecursion = max(deepestRecursion, depth)

        // Steps 1-3: the related blank nodes, each with the hash of how it relates to `node` (once per
        // mention), sorted by that hash; ties in first-appearance order.
        var related: [(hash: [UInt8], node: Int)] = []
        for mention in data.mentionStart[node]..<data.mentionStart[node + 1] {
            let quad = data.mentionQuads[mention]
            for (component, position) in [(0, UInt8(ascii: "s")), (2, UInt8(ascii: "o")), (3, UInt8(ascii: "g"))] {
                let slot = data.slots[quad * 4 + component]
                guard slot.isBlank, slot.end != node else { continue }
                let hash = try hashRelatedBlankNode(slot.end, quad: quad, issuer: issuer, position: position)
                related.append((hash, slot.end))
            }
        }
        related.sort { a, b in
            let order = ByteOrder.compare(a.hash, b.hash)
            return order != 0 ? order < 0 : a.node < b.node
        }

        // Steps 4-5: for each related hash, the least path over the permutations of its blank nodes.
        var dataToHash: [UInt8] = []
        var groupStart = 0
        while groupStart < related.count {
            var groupEnd = groupStart + 1
            while groupEnd < related.count, related[groupEnd].hash == related[groupStart].hash { groupEnd += 1 }
            dataToHash.append(contentsOf: related[groupStart].hash)
            var permutation = related[groupStart..<groupEnd].map(\.node)  // sorted: the first permutation
            var chosenPath: [UInt8] = []
            var chosenIssuer: IdentifierIssuer?
            // Every permutation of the list is visited, so a list with too many fails before the first:
            // this is what rejects a poison graph (a 10-clique has 9! = 362,880) at once.
            let remaining = limits.maxPermutations - permutations
            guard Permutation.count(ofSorted: permutation, cap: remaining + 1) <= remaining else {
                throw .limit(.maxPermutations, limits)
            }
            repeat {
                permutations += 1
                guard permutations <= limits.maxPermutations else { throw .limit(.maxPermutations, limits) }
                if let (path, pathIssuer) = try pathForPermutation(
                    permutation, issuer: issuer, chosenPath: chosenPath, depth: depth)
                {
                    if chosenPath.isEmpty || ByteOrder.compare(path, chosenPath) < 0 {
                        chosenPath = path
                        chosenIssuer = pathIssuer
                    }
                }
            } while Permutation.advance(&permutation)
            dataToHash.append(contentsOf: chosenPath)
            // The first permutation is never abandoned (there is no chosen path yet), so this is set.
            if let chosenIssuer { issuer = chosenIssuer }
            groupStart = groupEnd
        }
        return digest.hash(dataToHash)
    }

    /// Step 5.4 for one permutation: its path and issuer, or nil as soon as the path can no longer be
    /// less than `chosenPath`.
    private mutating func pathForPermutation(
        _ permutation: [Int], issuer: IdentifierIssuer, chosenPath: [UInt8], depth: Int
    ) throws(RDFCanonicalizationError) -> (path: [UInt8], issuer: IdentifierIssuer)? {
        var issuerCopy = issuer
        var path: [UInt8] = []
        var recursionList: [Int] = []
        for related in permutation {
            path.append(UInt8(ascii: "_"))
            path.append(UInt8(ascii: ":"))
            let canonical = canonicalNumber[related]
            if canonical >= 0 {
                BlankNodeLabelWriter.appendCanonical(canonical, to: &path)
            } else {
                if issuerCopy.number(for: related) == nil { recursionList.append(related) }
                BlankNodeLabelWriter.appendTemporary(issuerCopy.issue(related), to: &path)
            }
            if cannotBeChosen(path, over: chosenPath) { return nil }
        }
        for related in recursionList {
            let hash = try hashNDegreeQuads(related, issuer: &issuerCopy, depth: depth + 1)
            path.append(UInt8(ascii: "_"))
            path.append(UInt8(ascii: ":"))
            BlankNodeLabelWriter.appendTemporary(issuerCopy.issue(related), to: &path)
            path.append(UInt8(ascii: "<"))
            path.append(contentsOf: hash)
            path.append(UInt8(ascii: ">"))
            if cannotBeChosen(path, over: chosenPath) { return nil }
        }
        return (path, issuerCopy)
    }

    /// Steps 5.4.4.3 and 5.4.5.5: a path at least as long as the chosen one and greater can be abandoned.
    private func cannotBeChosen(_ path: [UInt8], over chosenPath: [UInt8]) -> Bool {
        !chosenPath.isEmpty && path.count >= chosenPath.count && ByteOrder.compare(path, chosenPath) > 0
    }

    /// Hash Related Blank Node (RDFC-1.0 §4.7): the hash of the position of `related` in `quad` (s, o or g),
    /// the predicate unless the position is g, and the identifier of `related` (canonical, else temporary,
    /// else its first-degree hash).
    private mutating func hashRelatedBlankNode(
        _ related: Int, quad: Int, issuer: IdentifierIssuer, position: UInt8
    ) throws(RDFCanonicalizationError) -> [UInt8] {
        relatedHashes += 1
        guard relatedHashes <= limits.maxRelatedHashes else { throw .limit(.maxRelatedHashes, limits) }
        hashInput.removeAll(keepingCapacity: true)
        hashInput.append(position)
        if position != UInt8(ascii: "g") {
            let predicate = data.slots[quad * 4 + 1]  // always an IRI, written with its <>
            hashInput.append(contentsOf: data.arena[predicate.start..<predicate.end])
        }
        if canonicalNumber[related] >= 0 {
            hashInput.append(UInt8(ascii: "_"))
            hashInput.append(UInt8(ascii: ":"))
            BlankNodeLabelWriter.appendCanonical(canonicalNumber[related], to: &hashInput)
        } else if let temporary = issuer.number(for: related) {
            hashInput.append(UInt8(ascii: "_"))
            hashInput.append(UInt8(ascii: ":"))
            BlankNodeLabelWriter.appendTemporary(temporary, to: &hashInput)
        } else {
            hashInput.append(contentsOf: firstDegreeHashes[related * hexLength..<(related + 1) * hexLength])
        }
        return digest.hash(hashInput)
    }
}
