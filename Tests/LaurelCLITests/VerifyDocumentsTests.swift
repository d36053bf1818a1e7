import Foundation
import Testing
import TestSupport

/// `laurel verify` with its document sources: a pinned folder, none at all, and the live fetcher
/// refusing a did:web on this machine (refused by its name, so no packet leaves the process).
@Suite struct VerifyDocumentsTests {
    /// A key, and a VC-JWT it signed for the issuer `did` with the key id `did#key-1`.
    struct Issued {
        let folder: URL
        let credential: String
        let jwk: String
    }

    func issue(did: String) throws -> Issued {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("laurel-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let key = folder.appendingPathComponent("k").path
        #expect(try LaurelBinary.run(["keys", "generate", "--out", key]).status == 0)
        let profile = #"{"id": "\#(did)", "type": ["Profile"], "name": "Example issuer"}"#
        let issuer = folder.appendingPathComponent("issuer.json")
        try Data(profile.utf8).write(to: issuer)
        let credential = folder.appendingPathComponent("c.jwt").path
        let achievement = Vectors.projectRoot.appendingPathComponent("examples/achievement.json").path
        let issued = try LaurelBinary.run(["issue", "--issuer", issuer.path, "--achievement", achievement, "--recipient", "email:ana@example.org",
                                           "--key", key, "--key-id", "\(did)#key-1", "--valid-from", "2026-01-15T09:00:00Z", "-o", credential])
        #expect(issued.status == 0, "\(issued.stderrText)")
        let jwk = try String(contentsOfFile: key + ".jwk.json", encoding: .utf8)
        return Issued(folder: folder, credential: credential, jwk: jwk)
    }

    @Test func aPinnedDIDDocumentVerifiesAndOfflineStaysOpen() throws {
        let did = "did:web:issuer.example"
        let issued = try issue(did: did)
        defer { try? FileManager.default.removeItem(at: issued.folder) }
        let documents = issued.folder.appendingPathComponent("documents")
        let wellKnown = documents.appendingPathComponent("issuer.example/.well-known")
        try FileManager.default.createDirectory(at: wellKnown, withIntermediateDirectories: true)
        let document = """
            {"id": "\(did)", "verificationMethod": [{"id": "\(did)#key-1", "type": "JsonWebKey", "controller": "\(did)",
             "publicKeyJwk": \(issued.jwk)}], "assertionMethod": ["#key-1"]}
            """
        try Data(document.utf8).write(to: wellKnown.appendingPathComponent("did.json"))

        let pinned = try LaurelBinary.run(["verify", issued.credential, "--documents", documents.path, "--now", "2026-06-01T00:00:00Z"])
        #expect(pinned.status == 0, "\(pinned.stdoutText)\(pinned.stderrText)")
        #expect(pinned.stdoutText.contains("did:web"), "\(pinned.stdoutText)")

        let offline = try LaurelBinary.run(["verify", issued.credential, "--offline", "--now", "2026-06-01T00:00:00Z"])
        #expect(offline.status == 2, "\(offline.stdoutText)")
        #expect(offline.stdoutText.contains("network access is turned off"), "\(offline.stdoutText)")
    }

    @Test func theLiveFetcherRefusesADIDWebOnThisMachine() throws {
        let did = "did:web:localhost%3A9"
        let issued = try issue(did: did)
        defer { try? FileManager.default.removeItem(at: issued.folder) }
        let live = try LaurelBinary.run(["verify", issued.credential, "--json", "--now", "2026-06-01T00:00:00Z"])
        #expect(live.status == 2, "\(live.stdoutText)")
        #expect(live.stdoutText.contains("key.unresolvable") && live.stdoutText.contains("RFC 6761"), "\(live.stdoutText)")
    }

    @Test func contradictoryOptionsAreUsageErrors() throws {
        let folder = FileManager.default.temporaryDirectory.path
        let both = try LaurelBinary.run(["verify", "-", "--offline", "--documents", folder])
        #expect(both.status == 64, "\(both.stderrText)")
        let privateOffline = try LaurelBinary.run(["verify", "-", "--offline", "--allow-private-network"])
        #expect(privateOffline.status == 64, "\(privateOffline.stderrText)")
        let missing = try LaurelBinary.run(["verify", "-", "--documents", "/nonexistent/laurel-documents"], input: Array("{}".utf8))
        #expect(missing.status == 66, "\(missing.stderrText)")
        #expect(missing.stderrText.contains("no such folder"), "\(missing.stderrText)")
    }
}
