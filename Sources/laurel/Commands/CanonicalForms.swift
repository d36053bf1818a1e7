import BadgeCrypto
import BadgeVerifier
import OpenBadges

/// The intermediate forms `laurel canonicalize` prints: the canonical document once per distinct
/// document (a chained proof covers earlier proofs too), and each proof's configuration and hashes.
struct CanonicalForms {
    let document: JSONObject
    let suite: Cryptosuite?
    let curve: KeyType?

    struct Section {
        var title: String
        var value: String
        var key: String
    }

    func sections() throws(CLIError) -> [Section] {
        let processor = DataIntegrityProcessor.bundled
        let entries: [ProofSet.Entry]
        do { entries = try ProofSet.entries(of: document) } catch { throw CLIError(.dataError, error.description) }
        var sections: [Section] = []
        guard !entries.isEmpty else {
            let suite = suite ?? .eddsaRdfc2022
            let keyType = curve ?? suite.keyTypes[0]
            var bare = document
            bare.removeValue(forKey: "proof")
            let canonical: [UInt8]
            do {
                canonical = try processor.canonicalForm(of: bare, suite: suite, digest: suite.digest(for: keyType))
            } catch { throw CLIError(.dataError, error.description) }
            let digest = suite.digest(for: keyType)
            sections.append(Section(title: "Canonical document (\(suite.canonicalization.rawValue), \(suite)); the credential has no proof",
                                    value: String(decoding: canonical, as: UTF8.self), key: "canonicalDocument"))
            sections.append(Section(title: "Document hash (\(digest.rawValue))", value: digest.hash(canonical).hexString, key: "documentHash"))
            return sections
        }
        var lastDocument: [UInt8]?
        for entry in entries {
            let number = entry.index + 1
            let suite: Cryptosuite
            if let chosen = self.suite {
                suite = chosen
            } else if case .known(let known) = Cryptosuite.identify(entry.proof) {
                suite = known
            } else {
                throw CLIError(.dataError, "proof \(number) (\(entry.pointer)) is of a suite Laurel does not know; name one with --suite")
            }
            let keyType = curve ?? proofKeyType(entry.proof) ?? suite.keyTypes[0]
            var options = entry.proof
            options["type"] = .string(suite.proofType)
            options["cryptosuite"] = suite.cryptosuiteName.map(JSON.string)
            let unsecured: JSONObject?
            switch entry.unsecuredDocument {
            case .success(let document): unsecured = DataIntegrityProcessor.documentToVerify(document, against: options, suite: suite)
            case .failure(let error): throw CLIError(.dataError, "proof \(number) (\(entry.pointer)): \(error.description)")
            }
            guard let unsecured else {
                throw CLIError(.dataError, "proof \(number) (\(entry.pointer)): its @context is not the beginning of the credential's, so it cannot verify")
            }
            let intermediates: ProofIntermediates
            do {
                intermediates = try processor.hashInput(unsecuredDocument: unsecured, proofOptions: options, suite: suite, keyType: keyType)
            } catch {
                throw CLIError(.dataError, "proof \(number) (\(entry.pointer)): \(error.description)")
            }
            let digest = intermediates.digest.rawValue
            if intermediates.canonicalDocument != lastDocument {
                let scope = entry.proof["previousProof"] == nil ? "the credential without its proofs" : "the credential with the proofs proof \(number) chains to"
                sections.append(Section(title: "Canonical document for proof \(number) (\(suite.canonicalization.rawValue), \(suite)): \(scope)",
                                        value: String(decoding: intermediates.canonicalDocument, as: UTF8.self), key: "proof\(number).canonicalDocument"))
                lastDocument = intermediates.canonicalDocument
            }
            sections.append(Section(title: "Proof \(number): document hash (\(digest))", value: intermediates.documentHash.hexString,
                                    key: "proof\(number).documentHash"))
            sections.append(Section(title: "Proof \(number): canonical proof configuration",
                                    value: String(decoding: intermediates.canonicalProofConfiguration, as: UTF8.self),
                                    key: "proof\(number).canonicalProofConfiguration"))
            sections.append(Section(title: "Proof \(number): proof configuration hash (\(digest))",
                                    value: intermediates.proofConfigurationHash.hexString, key: "proof\(number).proofConfigurationHash"))
            sections.append(Section(title: "Proof \(number): hash data, the bytes signed (proof configuration hash, then document hash)",
                                    value: intermediates.hashData.hexString, key: "proof\(number).hashData"))
        }
        return sections
    }

    /// The key type of the proof's verification method, when its key is in the identifier.
    func proofKeyType(_ proof: JSONObject) -> KeyType? {
        guard let method = proof["verificationMethod"]?.stringValue else { return nil }
        return (try? OfflineKeyResolver().resolve(method))?.key.keyType
    }

    static func text(_ sections: [Section]) -> String {
        sections.map { section in
            let body = section.value.hasSuffix("\n") ? section.value : section.value + "\n"
            return "# \(section.title)\n\(body)"
        }.joined(separator: "\n")
    }

    static func json(_ sections: [Section]) -> JSONObject {
        var object = JSONObject()
        for section in sections { object[section.key] = .string(section.value) }
        return object
    }
}
