import BadgeCrypto
import LinkedData
import TestSupport
import Testing

/// Reading the Data Integrity vectors: keys, hex files, JSON objects.
enum DIVectors {
    static let eddsa = "vc-di-eddsa/TestVectors/"
    static let ecdsa = "vc-di-ecdsa/TestVectors/"
    static let ob3 = "openbadges/1edtech-ob3-ldp-test-vector/"

    static func object(_ path: String) throws -> JSONObject {
        try #require(try Vectors.json(path).objectValue, "\(path) is not a JSON object")
    }

    /// The trimmed text of a one-line file (hashes, signatures).
    static func line(_ path: String) throws -> String {
        String(try Vectors.text(path).filter { !$0.isWhitespace })
    }

    static func hex(_ text: String) throws -> [UInt8] {
        let digits = Array(text.utf8)
        try #require(digits.count % 2 == 0, "odd hex length")
        var bytes: [UInt8] = []
        var index = 0
        while index < digits.count {
            let pair = String(decoding: digits[index..<index + 2], as: UTF8.self)
            bytes.append(try #require(UInt8(pair, radix: 16), "not hex: \(pair)"))
            index += 2
        }
        return bytes
    }

    /// A key pair file with `privateKeyMultibase` or `secretKeyMultibase`.
    static func privateKey(_ path: String, member: String? = nil) throws -> SigningPrivateKey {
        var object = try self.object(path)
        if let member { object = try #require(object[member]?.objectValue, "\(path) has no \(member)") }
        let text = try #require((object["privateKeyMultibase"] ?? object["secretKeyMultibase"])?.stringValue)
        return try Multikey.decodePrivateKey(text)
    }

    /// The 1EdTech key: its seed is the first half of `privateKeyHex(seed||public)`.
    static func oneEdTechKey() throws -> SigningPrivateKey {
        let object = try self.object(ob3 + "ob3/key-pair.json")
        let hexKey = try #require(object["privateKeyHex(seed||public)"]?.stringValue)
        return .ed25519(try Ed25519.PrivateKey(rawRepresentation: Array(try hex(hexKey).prefix(32))))
    }

    /// Equality of two objects, reported as one line (the JCS of each) rather than a dump of the values.
    static func same(_ lhs: JSONObject, _ rhs: JSONObject, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        guard lhs != rhs else { return true }
        Issue.record("objects differ:\n  \(String(decoding: JCS.canonicalize(.object(lhs)), as: UTF8.self).prefix(600))\n  \(String(decoding: JCS.canonicalize(.object(rhs)), as: UTF8.self).prefix(600))",
                     sourceLocation: sourceLocation)
        return false
    }

    static var processor: DataIntegrityProcessor { DataIntegrityProcessor.bundled }

    /// The proof options of a `proofConfig*.json` file (its `@context` is the document's, added again by
    /// the algorithm).
    static func options(_ path: String) throws -> ProofOptions {
        let object = try self.object(path)
        let suite: Cryptosuite
        switch Cryptosuite.identify(object) {
        case .known(let known): suite = known
        case .unknown(let name): throw VectorError.unknownSuite(name)
        }
        return ProofOptions(
            suite: suite, verificationMethod: object["verificationMethod"]?.stringValue ?? "",
            proofPurpose: object["proofPurpose"]?.stringValue ?? "", created: object["created"]?.stringValue,
            id: object["id"]?.stringValue,
            previousProof: object["previousProof"].map { $0.asArray.compactMap(\.stringValue) } ?? [])
    }

    enum VectorError: Error { case unknownSuite(String) }
}
