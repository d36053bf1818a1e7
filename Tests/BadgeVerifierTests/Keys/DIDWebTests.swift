import BadgeVerifier
import Testing

@Suite struct DIDWebTests {
    @Test(arguments: [
        ("did:web:example.org", "https://example.org/.well-known/did.json"),
        ("did:web:w3c-ccg.github.io", "https://w3c-ccg.github.io/.well-known/did.json"),
        ("did:web:w3c-ccg.github.io:user:alice", "https://w3c-ccg.github.io/user/alice/did.json"),
        ("did:web:example.com%3A3000:user:alice", "https://example.com:3000/user/alice/did.json"),
        ("did:web:example.org%3a8443", "https://example.org:8443/.well-known/did.json"),
        ("did:web:Example.ORG:Issuers:42", "https://example.org/Issuers/42/did.json"),
        ("did:web:example.org:a%20b", "https://example.org/a%20b/did.json"),
        ("did:web:dc.1edtech.org:wellspring2022:wellspring-portal:org:da1e96e9-afcc-4eed-b9a2-2ddf7353214c",
         "https://dc.1edtech.org/wellspring2022/wellspring-portal/org/da1e96e9-afcc-4eed-b9a2-2ddf7353214c/did.json"),
    ])
    func documentURLs(did: String, url: String) throws {
        #expect(try DIDWeb(did).documentURL == url)
    }

    @Test(arguments: [
        "did:web:", "did:web:example.org:", "did:web:example.org::x", "did:web::example.org", "did:web:127.0.0.1",
        "did:web:2130706433", "did:web:example.0x7f", "did:web:example.org%3A0", "did:web:example.org%3A99999",
        "did:web:example.org%3A", "did:web:example.org%3Ax", "did:web:ex%41mple.org", "did:web:example.org%3A1%3A2",
        "did:web:exa mple.org", "did:web:example.org:..:x", "did:web:example.org:.", "did:web:under_score.org",
        "did:web:example.org:a%2", "did:web:example.org:a%zz", "did:key:z6Mk", "did:web:example..org",
    ])
    func refused(did: String) {
        #expect(throws: KeyResolutionError.self, "\(did)") { try DIDWeb(did) }
    }

    @Test func didURLsSplitIntoTheDIDAndTheFragment() throws {
        let (did, fragment) = try DIDWeb.split(didURL: "did:web:example.org:issuers:1#key-1")
        #expect(did.did == "did:web:example.org:issuers:1")
        #expect(fragment == "key-1")
        #expect(try DIDWeb.split(didURL: "did:web:example.org").fragment == nil)
        for url in ["did:web:example.org/path#key", "did:web:example.org?service=x#key"] {
            #expect(throws: KeyResolutionError.self) { try DIDWeb.split(didURL: url) }
        }
    }

    @Test func tooLongIsRefused() {
        let did = "did:web:example.org:" + String(repeating: "a", count: 3000)
        #expect(throws: KeyResolutionError.self) { try DIDWeb(did) }
    }
}
