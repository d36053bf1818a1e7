/// Writes quads as canonical N-Quads: one line per quad, each ending in "\n", terms written as RDFC-1.0
/// Appendix A prescribes (see `CanonicalNQuadsWriter`).
///
/// Quads are written in the order given and blank node labels as they are; `RDFCanonicalizer` is what
/// relabels blank nodes and sorts the lines. Output always parses back, with `NQuadsParser`, to the same
/// quads: terms that could not are refused with an `NQuadsSerializationError`.
public enum NQuadsSerializer {
    /// The N-Quads document of `quads`, as UTF-8 bytes.
    public static func serialize(_ quads: [RDFQuad]) throws(NQuadsSerializationError) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(quads.count * 128)
        for (index, quad) in quads.enumerated() {
            try CanonicalNQuadsWriter.append(quad, index: index, to: &out)
        }
        return out
    }

    /// The N-Quads document of `quads`, as a string.
    public static func string(_ quads: [RDFQuad]) throws(NQuadsSerializationError) -> String {
        String(decoding: try serialize(quads), as: UTF8.self)
    }

    /// Appends the line of one quad (with its "\n") to `buffer`; a failure names the quad as index 0.
    public static func append(_ quad: RDFQuad, to buffer: inout [UInt8]) throws(NQuadsSerializationError) {
        try CanonicalNQuadsWriter.append(quad, index: 0, to: &buffer)
    }

    /// Appends one term in canonical N-Quads form, as it would appear in the object position.
    public static func append(_ term: RDFTerm, to buffer: inout [UInt8]) throws(NQuadsSerializationError) {
        try CanonicalNQuadsWriter.append(term, as: .object, index: 0, to: &buffer)
    }
}
