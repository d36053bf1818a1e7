import BadgeCrypto
import BadgeVerifier
import LaurelJSON
import Testing

/// Keys named by https URLs: a fragment of a controller document, or a key document of its own that
/// its controller's document must confirm.
@Suite struct HTTPKeyDocumentTests {
    let issuer = "https://issuer.example/issuers/1"

    func failure(_ resolver: KeyResolver, _ id: String) async -> KeyResolutionError? {
        do {
            _ = try await resolver.resolve(id)
            return nil
        } catch {
            return error
        }
    }

    @Test func aFragmentOfAControllerDocumentResolves() async throws {
        let folder = try PinnedFolder()
        let key = try TestKey(.p256)
        try folder.pin(issuer, controllerDocument(id: issuer, methods: [key.method(id: "#key-1", controller: issuer, type: "JsonWebKey")],
                                                  assertionMethod: ["#key-1"]))
        let resolved = try await KeyResolver(fetcher: folder.fetcher).resolve("\(issuer)#key-1")
        #expect(resolved.key == key.publicKey)
        #expect(resolved.controller == issuer)
        #expect(resolved.method == "controller document (JsonWebKey)")
    }

    @Test func aKeyDocumentConfirmedByItsControllerResolves() async throws {
        let folder = try PinnedFolder()
        let key = try TestKey(.rsa)
        let keyURL = "https://issuer.example/keys/1"
        let pem = try key.publicKey.pemRepresentation()
        try folder.pin(keyURL, ["id": .string(keyURL), "type": "CryptographicKey", "controller": .string(issuer), "publicKeyPem": .string(pem)])
        try folder.pin(issuer, ["id": .string(issuer), "assertionMethod": [.string(keyURL)]])
        let fetcher = RecordingFetcher(folder.fetcher)
        let resolved = try await KeyResolver(fetcher: fetcher).resolve(keyURL)
        #expect(resolved.key == key.publicKey)
        #expect(resolved.controller == issuer)
        #expect(fetcher.urls == [keyURL, issuer])
    }

    @Test func aKeyDocumentItsControllerDoesNotListIsRefused() async throws {
        let folder = try PinnedFolder()
        let key = try TestKey()
        let keyURL = "https://attacker.example/keys/1"
        // The key claims the issuer as its controller; the issuer's document does not know it.
        try folder.pin(keyURL, ["id": .string(keyURL), "type": "Multikey", "controller": .string(issuer),
                                "publicKeyMultibase": .string(key.multikey)])
        try folder.pin(issuer, ["id": .string(issuer), "assertionMethod": ["https://issuer.example/keys/real"]])
        let error = await failure(KeyResolver(fetcher: folder.fetcher), keyURL)
        #expect(error?.isNotAuthorized == true)
        #expect(error?.reason.contains("does not list it under assertionMethod") == true, "\(String(describing: error))")
    }

    @Test func keyDocumentRulesAreEnforced() async throws {
        let key = try TestKey()
        let keyURL = "https://issuer.example/keys/2"
        let cases: [(JSON, String)] = [
            (["id": "https://issuer.example/keys/other", "type": "Multikey", "controller": .string(issuer),
              "publicKeyMultibase": .string(key.multikey)], "it must be its own URL"),
            (["id": .string(keyURL), "type": "Multikey", "publicKeyMultibase": .string(key.multikey)], "has no \"controller\""),
            (["id": .string(keyURL), "type": "Multikey", "controller": "urn:example:1", "publicKeyMultibase": .string(key.multikey)],
             "neither a did:web nor an http(s) URL"),
        ]
        for (document, expected) in cases {
            let folder = try PinnedFolder()
            try folder.pin(keyURL, document)
            let error = await failure(KeyResolver(fetcher: folder.fetcher), keyURL)
            #expect(error?.reason.contains(expected) == true, "\(expected): \(String(describing: error))")
        }
    }

    /// `https://issuer#z6Mk…` carries its key, but anyone can write that for any issuer: the issuer's document
    /// decides. Unreadable → the key is used but unconfirmed; listing the key → confirmed; another key → refused.
    @Test func theMultikeyFragmentFormIsConfirmedByTheIssuersDocument() async throws {
        let key = try TestKey()
        let methodID = "\(issuer)#\(key.multikey)"

        let offline = RecordingFetcher(NoNetworkFetcher())
        let unconfirmed = try await KeyResolver(fetcher: offline).resolve(methodID)
        #expect(unconfirmed.key == key.publicKey)
        #expect(unconfirmed.controller == issuer)
        #expect(!unconfirmed.confirmed)
        #expect(offline.urls == [issuer])

        let listing = try PinnedFolder()
        try listing.pin(issuer, controllerDocument(id: issuer, methods: [key.method(id: methodID, controller: issuer)],
                                                   assertionMethod: [.string(methodID)]))
        let confirmed = try await KeyResolver(fetcher: listing.fetcher).resolve(methodID)
        #expect(confirmed.confirmed)
        #expect(confirmed.key == key.publicKey)

        let other = try TestKey()
        let contradicting = try PinnedFolder()
        try contradicting.pin(issuer, controllerDocument(id: issuer, methods: [other.method(id: "\(issuer)#key-1", controller: issuer)],
                                                         assertionMethod: ["\(issuer)#key-1"]))
        let error = await failure(KeyResolver(fetcher: contradicting.fetcher), methodID)
        #expect(error?.isInvalid == true, "\(String(describing: error))")
    }
}
