import BadgeCrypto

/// One run of the RDFC-1.0 canonicalization algorithm (§4.4) over an encoded dataset: the
/// "canonicalization state" of §4.2 plus the scratch buffers its steps reuse.
///
/// Hashes are kept as lower-case hex bytes, the form in which RDFC-1.0 sorts and concatenates them.
struct CanonicalizationRun {
    let data: EncodedDataset
    let digest: HexDigest
    let limits: RDFCanonicalizer.Limits
    /// Length of a hash in hex: 64 for SHA-256, 96 for SHA-384.
    let hexLength: Int

    /// The first-degree hash of blank node n is `firstDegreeHashes[n * hexLength ..< (n + 1) * hexLength]`.
    var firstDegreeHashes: [UInt8] = []
    /// The canonical identifier number issued to each blank node (`c14n<number>`), or -1.
    var canonicalNumber: [Int]
    /// Blank nodes in the order canonical identifiers were issued to them.
    private(set) var canonicalIssueOrder: [Int] = []

    // Work done so far by Hash N-Degree Quads, checked against `limits`.
    var nDegreeCalls = 0
    var permutations = 0
    var relatedHashes = 0
    var deepestRecursion = 0

    /// The work done, as reported to callers.
    var work: CanonicalizationWork {
        CanonicalizationWork(
            hashNDegreeCalls: nDegreeCalls, permutations: permutations, relatedHashes: relatedHashes,
            deepestRecursion: deepestRecursion)
    }

    // Scratch buffers, reused by steps that never run inside one another.
    var lines: [UInt8] = []
    var lineRanges: [Range<Int>] = []
    var hashInput: [UInt8] = []

    init(_ data: EncodedDataset, algorithm: DigestAlgorithm, limits: RDFCanonicalizer.Limits) {
        self.data = data
        self.digest = HexDigest(algorithm)
        self.limits = limits
        self.hexLength = digest.hexLength
        self.canonicalNumber = [Int](repeating: -1, count: data.blankNodeCount)
    }

    /// Steps 2 to 5 of §4.4.3: issues a canonical identifier to every blank node.
    mutating func issueCanonicalIdentifiers() throws(RDFCanonicalizationError) {
        let count = data.blankNodeCount
        guard count > 0 else { return }
        canonicalIssueOrder.reserveCapacity(count)
        // A lone blank node's hash is unique whatever it is, and hashes only order blank nodes: the
        // common single-blank-node credential needs no hashing at all.
        if count == 1 {
            issueCanonicalIdentifier(to: 0)
            return
        }

        // Step 3: first-degree hashes.
        firstDegreeHashes.reserveCapacity(count * hexLength)
        for node in 0..<count { appendFirstDegreeHash(of: node) }

        // The "hash to blank nodes map", as blank nodes sorted by hash; ties keep first-appearance order.
        var byHash = Array(0..<count)
        let length = hexLength
        firstDegreeHashes.withUnsafeBufferPointer { hashes in
            guard let base = hashes.baseAddress else { return }
            byHash.sort { a, b in
                let order = ByteOrder.compare(base + a * length, base + b * length, length)
                return order != 0 ? order < 0 : a < b
            }
        }

        // Step 4: a blank node whose hash is unique gets its canonical identifier now, in hash order.
        var sharedGroups: [ArraySlice<Int>] = []
        var groupStart = 0
        while groupStart < count {
            var groupEnd = groupStart + 1
            while groupEnd < count, sameFirstDegreeHash(byHash[groupStart], byHash[groupEnd]) { groupEnd += 1 }
            if groupEnd - groupStart == 1 {
                issueCanonicalIdentifier(to: byHash[groupStart])
            } else {
                sharedGroups.append(byHash[groupStart..<groupEnd])
            }
            groupStart = groupEnd
        }

        // Step 5: blank nodes that share a first-degree hash are told apart by Hash N-Degree Quads.
        for group in sharedGroups {
            var results: [(hash: [UInt8], issuer: IdentifierIssuer)] = []
            for node in group where canonicalNumber[node] < 0 {
                var issuer = IdentifierIssuer()
                issuer.issue(node)
                let hash = try hashNDegreeQuads(node, issuer: &issuer, depth: 1)
                results.append((hash, issuer))
            }
            let ordered = results.indices.sorted { a, b in
                let order = ByteOrder.compare(results[a].hash, results[b].hash)
                return order != 0 ? order < 0 : a < b
            }
            for index in ordered {
                for node in results[index].issuer.issuedOrder { issueCanonicalIdentifier(to: node) }
            }
        }
    }

    /// §4.5 with the canonical issuer: a no-op for a blank node that already has its identifier.
    mutating func issueCanonicalIdentifier(to node: Int) {
        guard canonicalNumber[node] < 0 else { return }
        canonicalNumber[node] = canonicalIssueOrder.count
        canonicalIssueOrder.append(node)
    }

    private func sameFirstDegreeHash(_ a: Int, _ b: Int) -> Bool {
        firstDegreeHashes.withUnsafeBufferPointer { hashes in
            guard let base = hashes.baseAddress else { return true }
            return ByteOrder.compare(base + a * hexLength, base + b * hexLength, hexLength) == 0
        }
    }
}
