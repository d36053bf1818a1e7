import BadgeCrypto
import BadgeIssuer
import BadgeVerifier
import Foundation
import OpenBadges
import TestSupport
import Testing

/// eddsa-rdfc-2022 both ways with an independent implementation (pyld's RDF canonicalization and
/// `cryptography`'s Ed25519, in Tests/Oracles/data_integrity.py): credentials Laurel signs verify there,
/// and credentials signed there verify in Laurel.
@Suite(.enabled(if: Vectors.isAvailable, Vectors.missingComment), .enabled(if: Oracle.isAvailable, Oracle.missingComment))
struct InteropOracleTests {
    static let count = 60
    let verifyAt = VerifierOptions(now: try? DateTime("2026-06-01T12:00:00Z"))

    func oracle(_ command: String, _ input: JSON) throws -> JSON {
        let map = Vectors.url("jsonld-contexts/contexts-map.json").path
        let result = try Oracle.run(script: "data_integrity.py", arguments: [map, command], input: input.serialized())
        try #require(result.status == 0, "\(result.stderrText)")
        return try JSON.parse(result.stdout)
    }

    @Test func credentialsLaurelSignsVerifyWithPyld() async throws {
        var signed: [JSON] = []
        for index in 0..<Self.count {
            let key = try InteropCorpus.key(index)
            signed.append(.object(try DataIntegritySigner.sign(document: try InteropCorpus.credential(index), with: key)))
        }
        let results = try #require(try oracle("verify", .array(signed)).arrayValue)
        try #require(results.count == Self.count)
        var verified = 0
        for (index, result) in results.enumerated() {
            if result["verified"] == true { verified += 1 } else { Issue.record("credential \(index): \(result)") }
        }
        print("Laurel-signed credentials verified by pyld + cryptography: \(verified)/\(Self.count)")
        #expect(verified == Self.count)

        // And a change to any one of them is caught there too.
        var changed = try #require(signed[7].objectValue)
        changed["name"] = "Changed after signing"
        #expect(try oracle("verify", [.object(changed)])[0]?["verified"] == false)
    }

    @Test func credentialsPyldSignsVerifyInLaurel() async throws {
        var cases: [JSON] = []
        for index in 0..<Self.count {
            let key = try InteropCorpus.key(index)
            let credential = try InteropCorpus.credential(index)
            let issuer = credential["issuer"]?["id"]?.stringValue ?? ""
            let method = try ProofKeyReference.verificationMethod(forIssuer: issuer, key: key)
            cases.append(["credential": .object(credential), "seed": .string(InteropCorpus.seed(index).hexString),
                          "verificationMethod": .string(method), "created": "2026-01-15T10:00:00Z"])
        }
        let signed = try #require(try oracle("sign", .array(cases)).arrayValue)
        try #require(signed.count == Self.count)
        var valid = 0
        for (index, credential) in signed.enumerated() {
            // The issuer's own document lists the key, which confirms the Multikey in the method's fragment.
            let issuer = credential["issuer"]?["id"]?.stringValue ?? ""
            let method = credential["proof"]?["verificationMethod"]?.stringValue ?? credential["proof"]?[0]?["verificationMethod"]?.stringValue ?? ""
            let multikey = String(method.split(separator: "#").last ?? "")
            let document: JSON = [
                "@context": ["https://www.w3.org/ns/cid/v1"], "id": .string(issuer),
                "verificationMethod": [["id": .string(method), "type": "Multikey", "controller": .string(issuer),
                                        "publicKeyMultibase": .string(multikey)]],
                "assertionMethod": [.string(method)],
            ]
            var options = verifyAt
            options.controllerDocuments = [issuer: document]
            let report = await Verifier(options: options).verify(credential.serialized())
            if report.outcome == .valid, report.has(.signatureValid) { valid += 1 } else { Issue.record("credential \(index): \(report.text())") }
        }
        print("pyld-signed credentials verified by Laurel: \(valid)/\(Self.count)")
        #expect(valid == Self.count)

        // The canonical forms agree byte for byte, not just the verdicts.
        for index in [0, 13, 29, 44] {
            let document = try #require(signed[index].objectValue)
            var bare = document
            bare.removeValue(forKey: "proof")
            let laurel = try DataIntegrityProcessor.bundled.canonicalNQuads(of: bare).string
            #expect(try oracle("canonize", .object(bare))["nquads"]?.stringValue == laurel, "credential \(index)")
        }
    }
}
