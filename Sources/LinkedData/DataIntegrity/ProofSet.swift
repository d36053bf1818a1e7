/// The proofs a secured document carries (VC Data Integrity 1.0 §4.3, §4.5): a single proof, a proof set
/// (several independent proofs) or a proof chain (proofs that name earlier ones in `previousProof`).
///
/// Each proof is checked against the document without any proof, plus, for a chained proof, the earlier
/// proofs it names, which it secures along with the document.
public enum ProofSet {
    /// One proof of a secured document, ready to be verified.
    public struct Entry: Sendable {
        /// The position in `proof` (0 for a single proof object).
        public let index: Int
        /// The JSON Pointer of the proof in the secured document (`/proof` or `/proof/1`).
        public let pointer: String
        public let proof: JSONObject
        /// The document this proof was made over, or why it cannot be rebuilt (a `previousProof` naming no
        /// proof of the document).
        public let unsecuredDocument: Result<JSONObject, DataIntegrityError>
    }

    /// The proofs in `document["proof"]`: none, one object, or a list of objects.
    public static func proofs(in document: JSONObject, limit: Int = DataIntegrityProcessor.maxProofs)
        throws(DataIntegrityError) -> [JSONObject]
    {
        guard let value = document["proof"] else { return [] }
        switch value {
        case .object(let proof): return [proof]
        case .array(let items):
            guard items.count <= limit else {
                throw DataIntegrityError(.tooManyProofs, "the document carries \(items.count) proofs; Laurel checks at most \(limit)",
                                         location: "/proof")
            }
            var proofs: [JSONObject] = []
            for (index, item) in items.enumerated() {
                guard case .object(let proof) = item else {
                    throw DataIntegrityError(.malformedDocument, "a proof must be an object, found \(item.kindName)",
                                             location: "/proof/\(index)")
                }
                proofs.append(proof)
            }
            return proofs
        default:
            throw DataIntegrityError(.malformedDocument, "\"proof\" must be an object or a list of objects, found \(value.kindName)",
                                     location: "/proof")
        }
    }

    /// Each proof of `securedDocument` with the document it must be verified against (§4.5 step 3).
    public static func entries(of securedDocument: JSONObject, limit: Int = DataIntegrityProcessor.maxProofs)
        throws(DataIntegrityError) -> [Entry]
    {
        let all = try proofs(in: securedDocument, limit: limit)
        let single = securedDocument["proof"]?.objectValue != nil
        var bare = securedDocument
        bare.removeValue(forKey: "proof")
        return all.enumerated().map { index, proof in
            let pointer = single ? "/proof" : "/proof/\(index)"
            let document = Result { () throws(DataIntegrityError) -> JSONObject in
                let references = try previousProofIDs(of: proof, pointer: pointer)
                return try documentWithMatchingProofs(bare, references: references, allProofs: all, pointer: pointer)
            }
            return Entry(index: index, pointer: pointer, proof: proof, unsecuredDocument: document)
        }
    }

    /// `document` (without proofs) carrying the proofs whose ids `references` names; unchanged when it names
    /// none. Throws when a reference matches no proof.
    static func documentWithMatchingProofs(_ document: JSONObject, references: [String], allProofs: [JSONObject],
                                           pointer: String) throws(DataIntegrityError) -> JSONObject {
        guard !references.isEmpty else { return document }
        var matching: [JSONObject] = []
        for reference in references {
            let found = allProofs.filter { $0["id"]?.stringValue?.isByteEqual(to: reference) == true }
            guard !found.isEmpty else {
                throw DataIntegrityError(.previousProofMissing, "previousProof names \(reference), and the document has no proof with that id",
                                         location: pointer + "/previousProof")
            }
            matching += found
        }
        var input = document
        input["proof"] = .array(matching.map(JSON.object))
        return input
    }

    /// The ids in a proof's `previousProof` (a string or a list of strings).
    static func previousProofIDs(of proof: JSONObject, pointer: String) throws(DataIntegrityError) -> [String] {
        guard let value = proof["previousProof"] else { return [] }
        if let id = value.stringValue { return [id] }
        if let items = value.arrayValue {
            var ids: [String] = []
            for item in items {
                guard let id = item.stringValue else {
                    throw DataIntegrityError(.malformedProof, "previousProof must list proof ids (strings), found \(item.kindName)",
                                             location: pointer + "/previousProof")
                }
                ids.append(id)
            }
            return ids
        }
        throw DataIntegrityError(.malformedProof, "previousProof must be a proof id or a list of them, found \(value.kindName)",
                                 location: pointer + "/previousProof")
    }
}
