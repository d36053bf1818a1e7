extension EncodedDataset {
    /// How blank nodes are labelled when a quad is written.
    enum Labels {
        /// Hash First Degree Quads (§4.6): `_:a` for the reference blank node, `_:z` for any other.
        case firstDegree(reference: Int)
        /// The canonical identifiers: `canonicalNumber[n]` is the number of blank node n.
        case canonical([Int])
    }

    /// Writes the lines of `quads` (indices into the dataset), one after the other, into `buffer`, which
    /// is resized to fit them exactly; appends the range of each line to `ranges`.
    ///
    /// Lines are measured first and then copied with raw pointer writes: this is the signing hot path,
    /// and per-byte appends with capacity checks dominated it. Measuring and writing share one function,
    /// so they cannot disagree.
    func writeLines<Quads: Sequence<Int>>(
        _ quads: Quads, labels: Labels, into buffer: inout [UInt8], ranges: inout [Range<Int>]
    ) {
        arena.withUnsafeBufferPointer { arena in
            var total = 0
            for quad in quads { total += emitLine(quad, labels: labels, arena: arena, into: nil) }
            buffer.removeAll(keepingCapacity: true)
            buffer.append(contentsOf: repeatElement(0, count: total))
            buffer.withUnsafeMutableBufferPointer { out in
                guard let base = out.baseAddress else { return }
                var offset = 0
                for quad in quads {
                    let length = emitLine(quad, labels: labels, arena: arena, into: base + offset)
                    ranges.append(offset..<offset + length)
                    offset += length
                }
            }
        }
    }

    /// Writes quad `quad` as a canonical N-Quads line at `destination`, or only measures it when
    /// `destination` is nil. Returns its length in bytes.
    @inline(__always)
    private func emitLine(
        _ quad: Int, labels: Labels, arena: UnsafeBufferPointer<UInt8>, into destination: UnsafeMutablePointer<UInt8>?
    ) -> Int {
        var length = 0
        for component in 0..<4 {
            let slot = slots[quad * 4 + component]
            if slot.isAbsent { continue }
            if slot.isBlank {
                switch labels {
                case .firstDegree(let reference):
                    if let destination {
                        destination[length] = UInt8(ascii: "_")
                        destination[length + 1] = UInt8(ascii: ":")
                        destination[length + 2] = slot.end == reference ? UInt8(ascii: "a") : UInt8(ascii: "z")
                    }
                    length += 3
                case .canonical(let canonicalNumber):
                    length += BlankNodeLabelWriter.emitCanonical(canonicalNumber[slot.end], into: destination.map { $0 + length })
                }
            } else {
                let count = slot.end - slot.start
                if let destination, let source = arena.baseAddress {
                    (destination + length).update(from: source + slot.start, count: count)
                }
                length += count
            }
            destination?[length] = 0x20
            length += 1
        }
        if let destination {
            destination[length] = UInt8(ascii: ".")
            destination[length + 1] = 0x0A
        }
        return length + 2
    }
}
