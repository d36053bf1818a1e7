import BadgeCrypto

/// Reading and checking the members of a proof: what must be there (VC Data Integrity 1.0 §2.1 and the
/// Verify Proof step 3), what forms they take, and the signature in `proofValue`.
enum ProofMembers {
    /// The longest `proofValue` read; a P-384 signature is about 132 base58 characters.
    static let maxProofValueLength = 512

    /// Checks the members a proof of `suite` must have and the forms of the optional ones.
    static func validate(_ proof: JSONObject, suite: Cryptosuite, pointer: String) throws(DataIntegrityError) {
        for name in ["type", "verificationMethod", "proofPurpose"] {
            try requireString(proof, name, pointer: pointer)
        }
        if suite.cryptosuiteName != nil { try requireString(proof, "cryptosuite", pointer: pointer) }
        for name in ["id", "challenge", "nonce"] where proof[name] != nil {
            try requireString(proof, name, pointer: pointer)
        }
        for name in ["created", "expires"] {
            guard let value = proof[name] else { continue }
            guard let text = value.stringValue, XSDDateTime.isValid(text) else {
                throw DataIntegrityError(.malformedProof, "\(name) must be an XML Schema dateTime such as 2026-01-15T09:00:00Z, found \(Self.show(value))",
                                         location: pointer + "/" + name)
            }
        }
        if let domain = proof["domain"], strings(domain) == nil {
            throw DataIntegrityError(.malformedProof, "domain must be a string or a list of strings", location: pointer + "/domain")
        }
        _ = try ProofSet.previousProofIDs(of: proof, pointer: pointer)
    }

    static func requireString(_ proof: JSONObject, _ name: String, pointer: String) throws(DataIntegrityError) {
        guard let value = proof[name] else {
            throw DataIntegrityError(.malformedProof, "the proof has no \(name)", location: pointer)
        }
        guard value.stringValue != nil else {
            throw DataIntegrityError(.malformedProof, "\(name) must be a string, found \(value.kindName)", location: pointer + "/" + name)
        }
    }

    /// The expectations the proof does not meet.
    static func unmet(_ expectations: ProofExpectations, by proof: JSONObject) -> [ProofProblem] {
        var problems: [ProofProblem] = []
        let purpose = proof["proofPurpose"]?.stringValue ?? ""
        if let expected = expectations.proofPurpose, !expected.isByteEqual(to: purpose) {
            problems.append(.purposeMismatch(expected: expected, found: purpose))
        }
        if let expected = expectations.domain {
            let found = proof["domain"].flatMap(strings) ?? []
            let same = found.count == expected.count && found.allSatisfy { value in expected.contains { $0.isByteEqual(to: value) } }
            if !same { problems.append(.domainMismatch(expected: expected, found: found)) }
        }
        if let expected = expectations.challenge {
            let found = proof["challenge"]?.stringValue
            if found.map({ !$0.isByteEqual(to: expected) }) ?? true {
                problems.append(.challengeMismatch(expected: expected, found: found))
            }
        }
        return problems
    }

    /// The signature bytes of `proofValue` (multibase base58btc), or why there are none.
    enum Signature {
        case success([UInt8])
        case failure(ProofProblem)
    }

    static func signature(in proof: JSONObject) -> Signature {
        guard let value = proof["proofValue"] else { return .failure(.proofValueUnreadable("the proof has no proofValue")) }
        guard let text = value.stringValue else { return .failure(.proofValueUnreadable("it is a \(value.kindName), not a string")) }
        guard text.hasPrefix("z") else {
            return .failure(.proofValueUnreadable("it must be multibase base58btc (starting with z), found \(String(text.prefix(1)).debugDescription)"))
        }
        do throws(CodecError) {
            return .success(try Multibase.decode(text, maxLength: maxProofValueLength).bytes)
        } catch {
            return .failure(.proofValueUnreadable(error.description))
        }
    }

    static func strings(_ value: JSON) -> [String]? {
        if let text = value.stringValue { return [text] }
        guard let items = value.arrayValue else { return nil }
        let texts = items.compactMap(\.stringValue)
        return texts.count == items.count ? texts : nil
    }

    static func show(_ value: JSON) -> String {
        value.stringValue.map { "\"\($0.prefix(80))\"" } ?? value.kindName
    }
}
