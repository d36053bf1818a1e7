import BadgeVerifier
import LaurelJSON
import Testing
import TestSupport

/// The 1EdTech validator's did:web fixtures, as far as they go.
///
/// `simple-did-web-method.json` (whose upstream test is disabled) is named for did:web, but its proof's
/// verificationMethod is `https://1edtech.edu/issuers/565049#z6Mk…`: a Multikey in an https URL's
/// fragment. Its only did:web is the subject's id, which verification does not resolve. So its key
/// resolves offline, and the fixture set carries no DID document for it to need. The status-list fixtures
/// do name a did:web key (`did:web:dc.1edtech.org:…#z6Mk…`), and the fixture set has no DID document
/// for it either: resolving it against the fixture folder says exactly which document is missing.
@Suite(.enabled(if: Vectors.isAvailable, Vectors.missingComment))
struct OneEdTechDIDWebFixtureTests {
    static let folder = "openbadges/1edtech-dc-public-validator/vc-test-resources/ob30"

    /// Its key is a Multikey in the fragment of the issuer's https id; the fixture set has no issuer
    /// document, so the key resolves from the identifier and stays unconfirmed after one attempt to read it.
    @Test func simpleDIDWebMethodResolvesItsKeyFromTheIdentifierUnconfirmed() async throws {
        let credential = try Vectors.json("\(Self.folder)/simple-did-web-method.json")
        let method = try #require(credential["proof"]?["verificationMethod"]?.stringValue)
        let issuer = try #require(credential["issuer"]?["id"]?.stringValue)
        #expect(credential["credentialSubject"]?["id"]?.stringValue?.hasPrefix("did:web:") == true)
        #expect(!method.hasPrefix("did:web:"))
        let fetcher = RecordingFetcher(PinnedDocumentFetcher(directory: Vectors.url(Self.folder)))
        let resolved = try await KeyResolver(fetcher: fetcher).resolve(method, purpose: .assertionMethod)
        #expect(resolved.controller == issuer)
        #expect(try resolved.key.multikey() == "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi")
        #expect(!resolved.confirmed)
        #expect(fetcher.urls == [issuer])
    }

    @Test func theStatusListFixturesDIDWebKeyNeedsADocumentTheSetDoesNotHave() async throws {
        let credential = try Vectors.json("\(Self.folder)/credential-status-revoked.json")
        let method = try #require(credential["proof"]?["verificationMethod"]?.stringValue ?? credential["proof"]?[0]?["verificationMethod"]?.stringValue)
        #expect(method.hasPrefix("did:web:dc.1edtech.org:"))
        let fetcher = RecordingFetcher(PinnedDocumentFetcher(directory: Vectors.url(Self.folder)))
        do {
            _ = try await KeyResolver(fetcher: fetcher).resolve(method)
            Issue.record("\(method) resolved without a DID document")
        } catch {
            #expect(error.isUnresolvable)
            #expect(error.reason.contains("is not in the offline document folder"), "\(error)")
        }
        #expect(fetcher.urls == ["https://dc.1edtech.org/wellspring2022/wellspring-portal/org/da1e96e9-afcc-4eed-b9a2-2ddf7353214c/did.json"])
    }
}
