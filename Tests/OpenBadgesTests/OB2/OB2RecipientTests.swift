import OpenBadges
import Testing

/// Checking an expected recipient against an assertion's `recipient`.
@Suite("Open Badges 2.0 recipients")
struct OB2RecipientTests {
    /// The validator fixtures' recipient: `nobody@example.org` salted with `deadsea`.
    let hashed = OB2.IdentityObject(type: "email", identity: "sha256$ecf5409f3f4b91ab60cc5ef4c02aef7032354375e70cf4d8e43f6a1d29891942",
                                    hashed: true, salt: "deadsea")

    @Test func hashedEmailMatchesOnlyItsAddress() throws {
        #expect(hashed.matches(try OB2.ExpectedRecipient("email:nobody@example.org")))
        #expect(hashed.matches(try OB2.ExpectedRecipient("nobody@example.org")))
        #expect(!hashed.matches(try OB2.ExpectedRecipient("email:somebody@example.org")))
        #expect(!hashed.matches(try OB2.ExpectedRecipient("url:nobody@example.org")))
    }

    @Test func upperCaseAddressesAreTriedFolded() throws {
        let expected = try OB2.ExpectedRecipient("email:Nobody@Example.org")
        #expect(!hashed.matches(expected))
        #expect(expected.candidates.contains { hashed.matches($0) })
    }

    @Test func plainIdentitiesCompareBytes() throws {
        let plain = OB2.IdentityObject(type: "url", identity: "https://alice.example", hashed: false)
        #expect(plain.matches(try OB2.ExpectedRecipient("url:https://alice.example")))
        #expect(!plain.matches(try OB2.ExpectedRecipient("url:https://alice.example/")))
    }

    @Test func md5AndUpperCaseHexAreAccepted() throws {
        // md5("alice@example.org" + "pepper"), written in upper case as the specification allows.
        let md5 = OB2.IdentityObject(type: "email", identity: "md5$D8F6B2A7D7C9FD66A044603AA849DDBD", hashed: true, salt: "pepper")
        #expect(md5.matches(try OB2.ExpectedRecipient("email:alice@example.org")))
        #expect(!md5.matches(try OB2.ExpectedRecipient("email:bob@example.org")))
    }

    @Test func recipientTypesAreReadInAnySpelling() throws {
        let read = try OB2.IdentityObject(json: ["type": "http://schema.org/telephone", "identity": "+16175551212", "hashed": false])
        #expect(read.type == "telephone")
        #expect(read.matches(try OB2.ExpectedRecipient("telephone:+16175551212")))
    }

    @Test func malformedExpectationsAreRefused() {
        for text in ["nobody", "fax:123", "email:", String(repeating: "a", count: 3000)] {
            #expect(throws: OB2.ExpectedRecipientError.self, "\(text.prefix(20))") { try OB2.ExpectedRecipient(text) }
        }
    }
}
