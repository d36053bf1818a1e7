import Foundation
import LaurelJSON
import TestSupport
import Testing

/// `laurel issue --format json`, `laurel verify` and `laurel canonicalize` on credentials with embedded
/// proofs, as the README walkthrough uses them.
@Suite struct DataIntegrityCLITests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("laurel-di-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func issue(type: String, extra: [String] = []) throws -> JSON {
        let key = path("key-\(type)")
        #expect(try LaurelBinary.run(["keys", "generate", "--type", type, "--out", key]).status == 0)
        let examples = Vectors.projectRoot.appendingPathComponent("examples").path
        let output = path("credential-\(type).json")
        let result = try LaurelBinary.run(["issue", "--issuer", examples + "/issuer.json", "--achievement", examples + "/achievement.json",
                                           "--recipient", "email:ana@example.org", "--name", "Ana", "--key", key, "--format", "json",
                                           "-o", output] + extra)
        #expect(result.status == 0, "\(result.stderrText)")
        return try JSON.parse(Array(try Data(contentsOf: URL(fileURLWithPath: output))))
    }

    @Test func anIssuedJSONCredentialVerifiesAndATamperedOneFails() throws {
        let credential = try issue(type: "ed25519")
        #expect(credential["proof"]?["cryptosuite"] == "eddsa-rdfc-2022")
        let verified = try LaurelBinary.run(["verify", "--json", path("credential-ed25519.json")])
        #expect(verified.status == 0, "\(verified.stdoutText)")
        #expect(try JSON.parse(verified.stdout)["outcome"] == "valid")

        var tampered = try #require(credential.objectValue)
        tampered["name"] = "Partnership Building: Mallory"
        try Data(JSON.object(tampered).serialized()).write(to: URL(fileURLWithPath: path("tampered.json")))
        let failed = try LaurelBinary.run(["verify", path("tampered.json")])
        #expect(failed.status == 1)
        #expect(failed.stdoutText.contains("proof.signature_invalid"))
    }

    @Test func theProofOptionPicksTheSuite() throws {
        let credential = try issue(type: "p384", extra: ["--proof", "ecdsa-jcs-2019"])
        #expect(credential["proof"]?["cryptosuite"] == "ecdsa-jcs-2019")
        #expect(try LaurelBinary.run(["verify", path("credential-p384.json")]).status == 0)
        let refused = try LaurelBinary.run(["issue", "--issuer", "x", "--achievement", "y", "--recipient", "email:a@b.c", "--key", "k",
                                            "--format", "json", "--proof", "Ed25519Signature2020"])
        #expect(refused.status == 64)
    }

    @Test func canonicalizePrintsTheFormsAndTheHashesSigned() throws {
        _ = try issue(type: "ed25519")
        let result = try LaurelBinary.run(["canonicalize", "--json", path("credential-ed25519.json")])
        #expect(result.status == 0, "\(result.stderrText)")
        let forms = try JSON.parse(result.stdout)
        let documentHash = try #require(forms["proof1.documentHash"]?.stringValue)
        let configurationHash = try #require(forms["proof1.proofConfigurationHash"]?.stringValue)
        #expect(forms["proof1.hashData"]?.stringValue == configurationHash + documentHash)
        #expect(forms["proof1.canonicalDocument"]?.stringValue?.contains("<https://purl.imsglobal.org/spec/vc/ob/vocab.html#Achievement>") == true)
        #expect(forms["proof1.canonicalProofConfiguration"]?.stringValue?.hasPrefix("_:c14n0 <http://purl.org/dc/terms/created>") == true)
        let text = try LaurelBinary.run(["canonicalize", path("credential-ed25519.json")])
        #expect(text.stdoutText.contains("# Proof 1: hash data, the bytes signed"))
    }

    @Test(.enabled(if: Vectors.isAvailable, Vectors.missingComment))
    func canonicalizeReproducesTheOpenBadgesVector() throws {
        let base = "openbadges/1edtech-ob3-ldp-test-vector/ob3/"
        let result = try LaurelBinary.run(["canonicalize", "--json", Vectors.url(base + "credential-signed.json").path])
        let forms = try JSON.parse(result.stdout)
        #expect(forms["proof1.canonicalDocument"]?.stringValue == (try Vectors.text(base + "document-canon.nq")))
        #expect(forms["proof1.canonicalProofConfiguration"]?.stringValue == (try Vectors.text(base + "proof-canon.nq")))
        #expect(forms["proof1.hashData"] == (try Vectors.json(base + "expected-intermediates.json"))["dataToSignHex"])
    }

    /// An https verification method whose key is in a document Laurel does not fetch: undecided offline,
    /// valid once the document is given.
    @Test func aControllerDocumentCanBeGivenOffline() throws {
        let key = path("key-https")
        #expect(try LaurelBinary.run(["keys", "generate", "--type", "ed25519", "--out", key]).status == 0)
        let issuerID = "https://learning.example.org/issuers/7"
        var issuer = try #require(try JSON.parse(Array(try Data(contentsOf: Vectors.projectRoot.appendingPathComponent("examples/issuer.json")))).objectValue)
        issuer["id"] = .string(issuerID)
        try Data(JSON.object(issuer).serialized()).write(to: URL(fileURLWithPath: path("issuer-https.json")))
        let issued = try LaurelBinary.run(["issue", "--issuer", path("issuer-https.json"), "--achievement",
                                           Vectors.projectRoot.appendingPathComponent("examples/achievement.json").path,
                                           "--recipient", "email:ana@example.org", "--key", key, "--key-id", issuerID + "#key-1",
                                           "--format", "json", "-o", path("https.json")])
        #expect(issued.status == 0, "\(issued.stderrText)")
        #expect(try LaurelBinary.run(["verify", path("https.json")]).status == 2)

        let publicKey = try JSON.parse(Array(try Data(contentsOf: URL(fileURLWithPath: key + ".jwk.json"))))
        let controller: JSON = [
            "@context": ["https://www.w3.org/ns/cid/v1"], "id": .string(issuerID),
            "verificationMethod": [["id": .string(issuerID + "#key-1"), "type": "JsonWebKey", "controller": .string(issuerID),
                                    "publicKeyJwk": publicKey]],
            "assertionMethod": [.string(issuerID + "#key-1")],
        ]
        try Data(controller.serialized()).write(to: URL(fileURLWithPath: path("controller.json")))
        // eddsa-rdfc-2022 keys must be Multikey: a JsonWebKey method is refused.
        let refused = try LaurelBinary.run(["verify", "--controller-document", path("controller.json"), path("https.json")])
        #expect(refused.status == 1)
        #expect(refused.stdoutText.contains("key.invalid"))

        var multikey = try #require(controller.objectValue)
        let multibase = try #require(try LaurelBinary.run(["keys", "show", key]).stdoutText
            .split(separator: "\n").first { $0.hasPrefix("Multikey:") }?.split(separator: " ").last)
        multikey["verificationMethod"] = [["id": .string(issuerID + "#key-1"), "type": "Multikey", "controller": .string(issuerID),
                                            "publicKeyMultibase": .string(String(multibase))]]
        try Data(JSON.object(multikey).serialized()).write(to: URL(fileURLWithPath: path("controller.json")))
        let accepted = try LaurelBinary.run(["verify", "--controller-document", path("controller.json"), path("https.json")])
        #expect(accepted.status == 0, "\(accepted.stdoutText)")
    }

    @Test func anUnknownContextIsNamed() throws {
        let document: JSON = ["@context": ["https://www.w3.org/ns/credentials/v2", "https://example.org/unknown/v1"], "id": "urn:x:1"]
        try Data(document.serialized()).write(to: URL(fileURLWithPath: path("unknown.json")))
        let result = try LaurelBinary.run(["canonicalize", path("unknown.json")])
        #expect(result.status == 65)
        #expect(result.stderrText.contains("https://example.org/unknown/v1"))
    }
}
