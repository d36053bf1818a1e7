/// The result of RDFC-1.0: the serialized canonical form and the canonicalized dataset.
public struct CanonicalizedDataset: Sendable {
    /// The canonical N-Quads document as UTF-8 bytes: what eddsa-rdfc-2022 hashes.
    public let nquads: [UInt8]
    /// The input quads, without duplicates.
    let sourceQuads: [RDFQuad]
    /// For each line of `nquads`, the index in `sourceQuads` of its quad.
    let lineOrder: [Int]
    /// Input blank node labels; the one at index i was issued `c14n<i>`.
    let inputLabelsInIssueOrder: [String]
    /// How much Hash N-Degree Quads work the dataset needed, to compare with `RDFCanonicalizer.Limits`.
    public let work: CanonicalizationWork

    /// The canonical N-Quads document as a string.
    public var string: String { String(decoding: nquads, as: UTF8.self) }

    /// The issued identifiers map (RDFC-1.0 §4.4, step 6): each input blank node label with its canonical
    /// label, in the order issued (`c14n0` first).
    ///
    /// An array rather than a `[String: String]`: Swift dictionaries treat canonically equivalent strings
    /// as one key, and two blank node labels may differ only in Unicode normalization.
    public var issuedIdentifiers: [IssuedIdentifier] {
        inputLabelsInIssueOrder.enumerated().map { IssuedIdentifier(inputLabel: $1, canonicalLabel: "c14n\($0)") }
    }

    /// The canonical label (without "_:") issued to the input blank node `inputLabel`, comparing labels
    /// byte for byte.
    public func canonicalLabel(forInputLabel inputLabel: String) -> String? {
        inputLabelsInIssueOrder.firstIndex { $0.isByteEqual(to: inputLabel) }.map { "c14n\($0)" }
    }

    /// The canonicalized quads, relabeled and in the order of `nquads`.
    public var quads: [RDFQuad] {
        var canonical: [BlankNodeKey: String] = [:]
        for (index, label) in inputLabelsInIssueOrder.enumerated() { canonical[BlankNodeKey(label)] = "c14n\(index)" }
        func relabel(_ term: RDFTerm) -> RDFTerm {
            guard case .blankNode(let label) = term, let issued = canonical[BlankNodeKey(label)] else { return term }
            return .blankNode(issued)
        }
        return lineOrder.map { index in
            let quad = sourceQuads[index]
            return RDFQuad(
                subject: relabel(quad.subject), predicate: quad.predicate, object: relabel(quad.object),
                graph: quad.graph.map(relabel))
        }
    }
}

/// One entry of the issued identifiers map. Labels are without the leading "_:".
public struct IssuedIdentifier: Sendable, Equatable, CustomStringConvertible {
    public let inputLabel: String
    public let canonicalLabel: String

    public init(inputLabel: String, canonicalLabel: String) {
        self.inputLabel = inputLabel
        self.canonicalLabel = canonicalLabel
    }

    public static func == (lhs: IssuedIdentifier, rhs: IssuedIdentifier) -> Bool {
        lhs.inputLabel.isByteEqual(to: rhs.inputLabel) && lhs.canonicalLabel.isByteEqual(to: rhs.canonicalLabel)
    }

    public var description: String { "_:\(inputLabel) -> _:\(canonicalLabel)" }
}
